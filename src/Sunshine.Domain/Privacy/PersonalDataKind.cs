namespace Sunshine.Domain.Privacy;

/// <summary>
/// The kinds of personal data the masking policy knows (RULES.md §9, DESIGN.md decision 5).
/// Fields holding personal data are declared with one of these kinds so that every public
/// page, API, feed, export and search snippet masks them the same way through <see cref="Masker"/>.
/// </summary>
/// <remarks>Organisation names are not personal data and have no kind: they are never masked.</remarks>
public enum PersonalDataKind
{
    /// <summary>A person's name: only the surname is shown (张*, 欧阳**).</summary>
    Name,

    /// <summary>A resident identity card number (GB 11643): at most the first 6 and last 4 characters.</summary>
    IdNumber,

    /// <summary>A mobile number: 138****5678.</summary>
    Mobile,

    /// <summary>Any telephone number; landlines keep the area code and the last 2 digits, mobiles as <see cref="Mobile"/>.</summary>
    Phone,

    /// <summary>A bank account or card number: never shown.</summary>
    BankAccount,

    /// <summary>A postal or home address: kept down to the township (or county) level only.</summary>
    Address,

    /// <summary>An e-mail address: a***@example.com.</summary>
    Email,

    /// <summary>A date of birth: never published (RULES.md §9).</summary>
    DateOfBirth,

    /// <summary>Health, disability or hardship details: never published (RULES.md §9).</summary>
    SensitiveDetail,

    /// <summary>
    /// Anything that identifies or contacts a whistleblower: sealed. Never shown to the public,
    /// not even masked; only the discipline-inspector role reads it, outside this policy.
    /// </summary>
    WhistleblowerIdentity,
}

/// <summary>Display names of <see cref="PersonalDataKind"/> for staff-facing pages (e.g. the privacy review).</summary>
public static class PersonalDataKindNames
{
    /// <summary>The Simplified Chinese name of the kind, e.g. "身份证号".</summary>
    public static string DisplayName(this PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Name => "姓名",
        PersonalDataKind.IdNumber => "身份证号",
        PersonalDataKind.Mobile => "手机号码",
        PersonalDataKind.Phone => "电话号码",
        PersonalDataKind.BankAccount => "银行账号",
        PersonalDataKind.Address => "住址",
        PersonalDataKind.Email => "电子邮箱",
        PersonalDataKind.DateOfBirth => "出生日期",
        PersonalDataKind.SensitiveDetail => "健康、残疾或困难情况",
        PersonalDataKind.WhistleblowerIdentity => "举报人身份信息",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown personal data kind."),
    };
}
