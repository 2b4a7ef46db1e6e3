using System.Text;
using Sunshine.Domain.Privacy;

namespace Sunshine.Domain.Tests.Privacy;

public class PrivacyScannerTests
{
    private static PrivacyFinding Single(string text)
    {
        var findings = PrivacyScanner.Scan(text);
        return Assert.Single(findings);
    }

    private static void AssertFinds(string text, PersonalDataKind kind, string raw, string preview)
    {
        var finding = Single(text);
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(text.IndexOf(raw, StringComparison.Ordinal), finding.Start);
        Assert.Equal(raw.Length, finding.Length);
        Assert.Equal(preview, finding.MaskedPreview);
        Assert.DoesNotContain(raw, finding.DisplayText, StringComparison.Ordinal);
        Assert.DoesNotContain(raw, finding.ToString(), StringComparison.Ordinal);
    }

    // ---- identity card numbers ----------------------------------------------------------------

    [Theory]
    [InlineData("申请人身份证号11010519491231002X，已核实。", "11010519491231002X", "110105********002X")]
    [InlineData("身份证号：11010519491231002x", "11010519491231002x", "110105********002X")]
    [InlineData("ID 440305198511112343.", "440305198511112343", "440305********2343")]
    [InlineData("旧证号110101900307123仍有效", "110101900307123", "110101*****7123")]
    [InlineData("证号 110105 19491231 002X 。", "110105 19491231 002X", "110105********002X")]
    [InlineData("证号１１０１０５１９４９１２３１００２Ｘ。", "１１０１０５１９４９１２３１００２Ｘ", "110105********002X")]
    public void Valid_id_numbers_are_found(string text, string raw, string preview)
        => AssertFinds(text, PersonalDataKind.IdNumber, raw, preview);

    [Theory]
    [InlineData("编号110101199003071234")]   // wrong check character (and fails Luhn, so not a card either)
    [InlineData("编号110101199002301236")]   // 30 February
    [InlineData("编号990101199003071237")]   // no such province
    [InlineData("编号110101901307123")]      // legacy, month 13
    [InlineData("流水号811010519491231002X")]  // a valid number behind another digit
    [InlineData("流水号11010519491231002X9")]  // a valid number before another digit
    public void Invalid_or_embedded_id_numbers_are_not_found(string text) => Assert.Empty(PrivacyScanner.Scan(text));

    [Fact]
    public void A_mistyped_id_number_is_found_when_the_policy_asks_for_it()
    {
        var strict = PrivacyScanner.Scan("身份证110101199003071234");
        var lenient = PrivacyScanner.Scan("身份证110101199003071234", new Masker(MaskOptions.Default with { AcceptIdNumbersWithWrongCheckCharacter = true }));

        Assert.Empty(strict);
        var finding = Assert.Single(lenient);
        Assert.Equal(PersonalDataKind.IdNumber, finding.Kind);
        Assert.Equal("110101********1234", finding.MaskedPreview);
    }

    // ---- mobiles ------------------------------------------------------------------------------

    [Theory]
    [InlineData("联系电话13812345678。", "13812345678")]
    [InlineData("tel:13812345678", "13812345678")]
    [InlineData("电话 138 1234 5678 转", "138 1234 5678")]
    [InlineData("电话138-1234-5678", "138-1234-5678")]
    [InlineData("电话+86 13812345678", "+86 13812345678")]
    [InlineData("电话8613812345678", "8613812345678")]
    [InlineData("电话１３８１２３４５６７８", "１３８１２３４５６７８")]
    [InlineData("13812345678", "13812345678")]
    public void Mobiles_are_found(string text, string raw) => AssertFinds(text, PersonalDataKind.Mobile, raw, "138****5678");

    [Theory]
    [InlineData("订单号213812345678")]     // 12 digits
    [InlineData("订单号138123456789")]     // 12 digits
    [InlineData("流水号20240113812345678901")]
    [InlineData("号码12812345678")]        // 12x is not a mobile prefix
    [InlineData("号码1381234567")]         // 10 digits
    public void Mobile_like_digits_inside_longer_runs_are_not_found(string text) => Assert.Empty(PrivacyScanner.Scan(text));

    [Fact]
    public void A_dot_ends_a_digit_run_so_a_mobile_followed_by_a_full_stop_is_found()
        => AssertFinds("请拨打13812345678.", PersonalDataKind.Mobile, "13812345678", "138****5678");

    // ---- bank cards ---------------------------------------------------------------------------

    [Theory]
    [InlineData("卡号6222021234567890128，户名", "6222021234567890128")]
    [InlineData("卡号 6217001234567893", "6217001234567893")]
    [InlineData("卡号：6217 0012 3456 7893。", "6217 0012 3456 7893")]
    [InlineData("卡号：6222-0212-3456-7890-128", "6222-0212-3456-7890-128")]
    [InlineData("卡号621483012345678902", "621483012345678902")] // 18 digits, not an ID number
    public void Bank_cards_passing_Luhn_are_found(string text, string raw)
        => AssertFinds(text, PersonalDataKind.BankAccount, raw, "（已隐去）");

    [Theory]
    [InlineData("卡号6222021234567890127")]   // fails Luhn
    [InlineData("卡号62220212345678901280")]  // 20 digits
    [InlineData("卡号621700123456789")]       // 15 digits
    public void Other_long_numbers_are_not_bank_cards(string text) => Assert.Empty(PrivacyScanner.Scan(text));

    [Fact]
    public void Known_card_prefixes_can_be_required()
    {
        var masker = new Masker(MaskOptions.Default with { RequireKnownBankCardPrefix = true });

        // 1000000000000008 passes Luhn but starts like no card scheme.
        Assert.Single(PrivacyScanner.Scan("号码1000000000000008"));
        Assert.Empty(PrivacyScanner.Scan("号码1000000000000008", masker));
        Assert.Single(PrivacyScanner.Scan("卡号6222021234567890128", masker));
        Assert.Single(PrivacyScanner.Scan("卡号4000000000000002", masker));
        Assert.Single(PrivacyScanner.Scan("卡号5500000000000004", masker));
        Assert.Single(PrivacyScanner.Scan("卡号2221000000000009", masker));
    }

    [Fact]
    public void An_eighteen_digit_id_number_that_also_passes_Luhn_is_an_id_number()
    {
        // Find a valid ID number that also passes Luhn, so both patterns match the same span.
        var id = Enumerable.Range(0, 1000)
            .Select(n => "11010119900307" + n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))
            .Select(first17 => first17 + IdNumber.ComputeCheckCharacter(first17))
            .First(candidate => char.IsAsciiDigit(candidate[^1]) && Luhn.IsValid(candidate));

        var finding = Single($"身份证号{id}");

        Assert.Equal(PersonalDataKind.IdNumber, finding.Kind);
    }

    // ---- e-mail -------------------------------------------------------------------------------

    [Theory]
    [InlineData("邮箱：alice@example.com。", "alice@example.com", "a***@example.com")]
    [InlineData("邮箱zhang.san+x@mail.example.com.cn，", "zhang.san+x@mail.example.com.cn", "z***@mail.example.com.cn")]
    [InlineData("write to bob@example.org.", "bob@example.org", "b***@example.org")]
    [InlineData("邮箱ａｌｉｃｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ａｌｉｃｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", "a***@example.com")]
    [InlineData("QQ邮箱13812345678@qq.com", "13812345678@qq.com", "1***@qq.com")] // one e-mail, not a mobile
    public void Emails_are_found(string text, string raw, string preview)
        => AssertFinds(text, PersonalDataKind.Email, raw, preview);

    [Theory]
    [InlineData("a@b")]
    [InlineData("@example.com")]
    [InlineData("alice@example.c0m")]
    [InlineData("a***@example.com")] // already masked
    public void Things_that_are_not_emails_are_not_found(string text) => Assert.Empty(PrivacyScanner.Scan(text));

    // ---- addresses ----------------------------------------------------------------------------

    [Theory]
    [InlineData("我家住在示范县城关镇人民路12号3单元，请核实。", "示范县城关镇人民路12号3单元", "示范县城关镇****")]
    [InlineData("户籍地址：示范县城关镇幸福村3组。", "示范县城关镇幸福村3组", "示范县城关镇****")]
    [InlineData("现住北京市朝阳区建国路88号院3号楼2单元501室", "北京市朝阳区建国路88号院3号楼2单元501室", "北京市朝阳区****")]
    [InlineData("寄往浙江省杭州市西湖区文三路90号。", "浙江省杭州市西湖区文三路90号", "浙江省杭州市西湖区****")]
    [InlineData("住址为幸福小区3栋2单元。", "幸福小区3栋2单元", "****")]
    [InlineData("地址：人民路12号3单元501室", "人民路12号3单元501室", "****")]
    [InlineData("示范县城关镇光明村十二组", "示范县城关镇光明村十二组", "示范县城关镇****")]
    public void Street_addresses_are_found(string text, string raw, string preview)
        => AssertFinds(text, PersonalDataKind.Address, raw, preview);

    [Theory]
    [InlineData("示范县人民政府位于城关镇。")]              // no street and no number
    [InlineData("地址：人民路1号")]                          // a street and number without a flat: likely an office
    [InlineData("全县共有3个乡镇，12个村。")]
    [InlineData("根据示范县2024年第3号文件")]
    [InlineData("No. 12 Renmin Road, Shifan County")]
    [InlineData("示范县城关镇****")]                        // already masked
    public void Text_without_a_dwelling_address_is_not_flagged(string text) => Assert.Empty(PrivacyScanner.Scan(text));

    [Fact]
    public void An_office_address_with_divisions_is_flagged_for_the_reviewer_to_decide()
    {
        // Documented false positive: the scanner cannot tell an office from a home.
        var finding = Single("联系地址：示范县城关镇人民路1号（县政务服务中心）");

        Assert.Equal(PersonalDataKind.Address, finding.Kind);
        Assert.Equal("示范县城关镇****", finding.MaskedPreview);
    }

    // ---- everything together ------------------------------------------------------------------

    [Fact]
    public void Findings_are_ordered_by_position_with_masked_previews_only()
    {
        var text = "张三，身份证11010519491231002X，手机13812345678，卡号6222021234567890128，"
            + "邮箱zhangsan@example.com，住示范县城关镇人民路12号3单元。";

        var findings = PrivacyScanner.Scan(text);

        Assert.Equal(
            [PersonalDataKind.IdNumber, PersonalDataKind.Mobile, PersonalDataKind.BankAccount, PersonalDataKind.Email, PersonalDataKind.Address],
            findings.Select(f => f.Kind));
        Assert.Equal(
            ["110105********002X", "138****5678", "（已隐去）", "z***@example.com", "示范县城关镇****"],
            findings.Select(f => f.MaskedPreview));
        Assert.Equal(
            ["11010519491231002X", "13812345678", "6222021234567890128", "zhangsan@example.com", "示范县城关镇人民路12号3单元"],
            findings.Select(f => text.Substring(f.Start, f.Length)));
        Assert.Equal("身份证号：110105********002X", findings[0].DisplayText);
        Assert.Equal(findings[0].Start + findings[0].Length, findings[0].End);
        foreach (var raw in new[] { "11010519491231002X", "13812345678", "6222021234567890128", "zhangsan@example.com", "人民路12号" })
        {
            Assert.All(findings, f => Assert.DoesNotContain(raw, f.ToString(), StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("本通知自发布之日起施行。")]
    public void Empty_and_clean_texts_have_no_findings(string? text) => Assert.Empty(PrivacyScanner.Scan(text));

    [Fact]
    public void A_one_megabyte_text_including_adversarial_runs_is_scanned()
    {
        var paragraph = "申请人张三，身份证11010519491231002X，电话13812345678，开户行卡号6217001234567893，"
            + "邮箱zhangsan@example.com，家住示范县城关镇人民路12号3单元。本通知自发布之日起施行，订单号20240113812345678901。\n";
        var builder = new StringBuilder();
        var paragraphs = 0;
        while (builder.Length < 600_000)
        {
            builder.Append(paragraph);
            paragraphs++;
        }

        // Inputs that make naive patterns backtrack: long digit runs, long runs of e-mail
        // characters, near-misses of e-mails, and long runs of address words.
        builder.Append('1', 60_000).Append('\n');
        builder.Append('a', 60_000).Append('\n');
        builder.Insert(builder.Length, "a@", 30_000).Append('\n');
        builder.Append("a@").Insert(builder.Length, "b.", 30_000).Append('\n');
        builder.Insert(builder.Length, "县", 60_000).Append('\n');
        builder.Insert(builder.Length, "示范县城关镇人民路", 6_000).Append('\n');
        builder.Insert(builder.Length, "1 ", 30_000).Append('\n');
        builder.Insert(builder.Length, "县1号", 20_000).Append('\n');
        var text = builder.ToString();
        Assert.True(text.Length >= 1_000_000, $"text is {text.Length} characters");

        var findings = PrivacyScanner.Scan(text);

        Assert.Equal(paragraphs, findings.Count(f => f.Kind == PersonalDataKind.IdNumber));
        Assert.Equal(paragraphs, findings.Count(f => f.Kind == PersonalDataKind.Mobile));
        Assert.Equal(paragraphs, findings.Count(f => f.Kind == PersonalDataKind.BankAccount));
        Assert.Equal(paragraphs, findings.Count(f => f.Kind == PersonalDataKind.Email));
        Assert.Equal(paragraphs, findings.Count(f => f.Kind == PersonalDataKind.Address));

        var masked = Masker.Default.MaskText(text);
        Assert.DoesNotContain("11010519491231002X", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678，", masked, StringComparison.Ordinal);
    }
}
