using Sunshine.Domain.Privacy;

namespace Sunshine.Domain.Tests.Privacy;

public class MaskerTests
{
    private static readonly Masker Masker = Masker.Default;

    // ---- names --------------------------------------------------------------------------------

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张三丰", "张**")]
    [InlineData("李", "李*")]              // one character: never shown bare
    [InlineData(" 王 小 明 ", "王**")]      // spacing ignored
    [InlineData("欧阳娜娜", "欧阳**")]
    [InlineData("欧阳修", "欧阳*")]
    [InlineData("司马相如", "司马**")]
    [InlineData("诸葛亮", "诸葛*")]
    [InlineData("上官婉儿", "上官**")]
    [InlineData("尉迟恭", "尉迟*")]
    [InlineData("欧阳", "欧*")]            // two characters: surname 欧, given name 阳
    [InlineData("阿依古丽·买买提", "阿***")] // middle dot: first character only, at most 3 marks
    [InlineData("买买提•吐尔逊", "买***")]
    [InlineData("爱新觉罗·溥仪", "爱***")]
    [InlineData("John Smith", "J***")]
    [InlineData("𠀾小明", "𠀾**")]           // a surname outside the BMP is not split
    public void Names_show_the_surname_only(string name, string expected) => Assert.Equal(expected, Masker.Name(name));

    [Fact]
    public void Compound_surnames_are_configurable()
    {
        var masker = new Masker(MaskOptions.Default with { CompoundSurnames = ["张王"] });

        Assert.Equal("张王*", masker.Name("张王丽"));
        Assert.Equal("欧***", masker.Name("欧阳娜娜"));
    }

    [Fact]
    public void The_number_of_mask_characters_is_capped_by_the_policy()
    {
        var masker = new Masker(MaskOptions.Default with { NameMaxMaskLength = 1 });

        Assert.Equal("欧阳*", masker.Name("欧阳娜娜"));
        Assert.Equal("阿*", masker.Name("阿依古丽·买买提"));
    }

    // ---- ID numbers ---------------------------------------------------------------------------

    [Theory]
    [InlineData("110101199003071234", "110101********1234")]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("11010519491231002x", "110105********002X")]
    [InlineData(" 110105 19491231 002X ", "110105********002X")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", "110105********002X")]
    [InlineData("110101900307123", "110101*****7123")]
    [InlineData("1101011990", "****")]        // not an ID number's shape: hide it all
    [InlineData("身份证号码不详", "****")]
    public void Id_numbers_show_at_most_the_first_6_and_last_4(string id, string expected)
        => Assert.Equal(expected, Masker.IdNumber(id));

    [Fact]
    public void Id_number_masking_does_not_depend_on_the_checksum()
        => Assert.Equal("110101********1234", Masker.IdNumber("110101199003071234")); // wrong check character, still hidden

    [Fact]
    public void The_policy_may_show_less_of_an_id_number()
    {
        var masker = new Masker(MaskOptions.Default with { IdNumberKeepPrefix = 3, IdNumberKeepSuffix = 0 });

        Assert.Equal("110***************", masker.IdNumber("11010519491231002X"));
    }

    // ---- phones -------------------------------------------------------------------------------

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("138 1234 5678", "138****5678")]
    [InlineData("138-1234-5678", "138****5678")]
    [InlineData("+86 138 1234 5678", "138****5678")]
    [InlineData("+8613812345678", "138****5678")]
    [InlineData("008613812345678", "138****5678")]
    [InlineData("１３８１２３４５６７８", "138****5678")]
    public void Mobiles_show_the_first_3_and_last_4_digits(string mobile, string expected)
    {
        Assert.Equal(expected, Masker.Mobile(mobile));
        Assert.Equal(expected, Masker.Phone(mobile));
    }

    [Theory]
    [InlineData("010-12345678", "010-******78")]
    [InlineData("01012345678", "010-******78")]
    [InlineData("(0755) 8888 1234", "0755-******34")]
    [InlineData("0755-88881234", "0755-******34")]
    [InlineData("075588881234", "0755-******34")]
    [InlineData("0991-1234567", "0991-*****67")]
    [InlineData("+86 10 12345678", "010-******78")]
    [InlineData("0755-88881234转801", "0755-******34")] // the extension is dropped
    [InlineData("0755-88881234 ext. 801", "0755-******34")]
    [InlineData("88881234", "******34")]
    public void Landlines_keep_the_area_code_and_the_last_2_digits(string phone, string expected)
    {
        Assert.Equal(expected, Masker.Phone(phone));
        Assert.Equal(expected, Masker.Mobile(phone));
    }

    [Theory]
    [InlineData("无")]
    [InlineData("12")]
    [InlineData("138123456789012")]
    [InlineData("张三 13812345678")]
    public void Values_that_are_not_phone_numbers_are_hidden_entirely(string value)
        => Assert.Equal("****", Masker.Phone(value));

    // ---- bank accounts, hidden kinds and sealed identities ---------------------------------

    [Theory]
    [InlineData("6222021234567890128")]
    [InlineData("6217 0012 3456 7893")]
    [InlineData("中国农业银行 95599 8888 8888 8888")]
    public void Bank_accounts_are_never_shown(string account) => Assert.Equal("（已隐去）", Masker.BankAccount(account));

    [Fact]
    public void The_hidden_text_is_configurable()
        => Assert.Equal("******", new Masker(MaskOptions.Default with { HiddenText = "******" }).BankAccount("6222021234567890128"));

    [Theory]
    [InlineData(PersonalDataKind.DateOfBirth, "1949-12-31")]
    [InlineData(PersonalDataKind.SensitiveDetail, "二级肢体残疾")]
    public void Dates_of_birth_and_sensitive_details_are_never_shown(PersonalDataKind kind, string value)
        => Assert.Equal("（已隐去）", Masker.Mask(kind, value));

    [Theory]
    [InlineData("举报人：张三，13812345678")]
    [InlineData("")]
    [InlineData(null)]
    public void A_whistleblower_identity_is_sealed_whatever_it_holds(string? value)
    {
        Assert.Equal("（身份信息已密封）", Masker.WhistleblowerIdentity(value));
        Assert.Equal("（身份信息已密封）", Masker.Mask(PersonalDataKind.WhistleblowerIdentity, value));
        Assert.Equal("（身份信息已密封）", new PersonalField(PersonalDataKind.WhistleblowerIdentity, value).Masked());
        Assert.Equal("（身份信息已密封）", new Masker(MaskOptions.Default with { HiddenText = "—" }).WhistleblowerIdentity(value));
    }

    // ---- addresses ----------------------------------------------------------------------------

    [Theory]
    [InlineData("示范县城关镇人民路12号3单元", "示范县城关镇****")]
    [InlineData("示范县城关镇幸福村3组", "示范县城关镇****")]
    [InlineData("北京市朝阳区建国路88号", "北京市朝阳区****")]
    [InlineData("浙江省杭州市西湖区文三路90号1幢501室", "浙江省杭州市西湖区****")]
    [InlineData("广东省深圳市南山区粤海街道科技园社区10栋", "广东省深圳市南山区粤海街道****")]
    [InlineData("广西壮族自治区南宁市青秀区民族大道100号", "广西壮族自治区南宁市青秀区****")]
    [InlineData("内蒙古自治区锡林郭勒盟正蓝旗上都镇某嘎查", "内蒙古自治区锡林郭勒盟正蓝旗上都镇****")]
    [InlineData("湖北省恩施土家族苗族自治州利川市都亭街道", "湖北省恩施土家族苗族自治州利川市都亭街道")] // nothing below the township
    [InlineData("示范县幸福小区3栋2单元", "示范县****")]      // 小区 is not a district
    [InlineData("示范县城市花园8号", "示范县****")]          // 市 after a county is not a city
    [InlineData("示范县", "示范县")]
    [InlineData("人民路12号3单元501室", "****")]              // no division at all
    [InlineData("Room 5, 12 Renmin Road", "****")]
    public void Addresses_are_kept_down_to_the_township_or_county(string address, string expected)
        => Assert.Equal(expected, Masker.Address(address));

    [Fact]
    public void The_address_mask_is_configurable()
        => Assert.Equal("示范县城关镇…", new Masker(MaskOptions.Default with { AddressMask = "…" }).Address("示范县城关镇人民路12号"));

    // ---- e-mail -------------------------------------------------------------------------------

    [Theory]
    [InlineData("alice@example.com", "a***@example.com")]
    [InlineData("a@example.com", "a***@example.com")]
    [InlineData(" Zhang.San+gov@mail.example.cn ", "Z***@mail.example.cn")]
    [InlineData("ａｌｉｃｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", "a***@example.com")]
    [InlineData("not an address", "****")]
    [InlineData("@example.com", "****")]
    [InlineData("alice@", "****")]
    public void Emails_keep_the_first_character_and_the_domain(string email, string expected)
        => Assert.Equal(expected, Masker.Email(email));

    // ---- uniform handling ---------------------------------------------------------------------

    public static TheoryData<PersonalDataKind, string> RawValues => new()
    {
        { PersonalDataKind.Name, "欧阳娜娜" },
        { PersonalDataKind.IdNumber, "11010519491231002X" },
        { PersonalDataKind.Mobile, "13812345678" },
        { PersonalDataKind.Phone, "0755-88881234" },
        { PersonalDataKind.BankAccount, "6222021234567890128" },
        { PersonalDataKind.Address, "示范县城关镇人民路12号3单元" },
        { PersonalDataKind.Email, "alice@example.com" },
        { PersonalDataKind.DateOfBirth, "1949年12月31日" },
        { PersonalDataKind.SensitiveDetail, "低保户，患有慢性病" },
        { PersonalDataKind.WhistleblowerIdentity, "王五 13900001111" },
    };

    [Theory]
    [MemberData(nameof(RawValues))]
    public void Every_kind_masks_through_one_entry_point_and_never_returns_the_raw_value(PersonalDataKind kind, string raw)
    {
        var masked = Masker.Mask(kind, raw);
        var field = new PersonalField(kind, raw);

        Assert.NotEqual(raw, masked);
        Assert.DoesNotContain(raw, masked, StringComparison.Ordinal);
        Assert.Equal(masked, Masker.Mask(field));
        Assert.Equal(masked, field.Masked());
        Assert.Equal(masked, field.ToString());
        Assert.Equal(masked, $"{field}");
        Assert.NotEmpty(kind.DisplayName());
    }

    [Fact]
    public void Every_kind_is_covered_by_the_table_above()
        => Assert.Equal(Enum.GetValues<PersonalDataKind>().Length, RawValues.Count);

    [Theory]
    [MemberData(nameof(RawValues))]
    public void Masking_a_masked_value_changes_nothing(PersonalDataKind kind, string raw)
    {
        var once = Masker.Mask(kind, raw);

        Assert.Equal(once, Masker.Mask(kind, once));
    }

    [Theory]
    [InlineData(PersonalDataKind.Name, "阿依古丽·买买提")]
    [InlineData(PersonalDataKind.Name, "李")]
    [InlineData(PersonalDataKind.Name, "欧阳修")]
    [InlineData(PersonalDataKind.Name, "欧阳")]
    [InlineData(PersonalDataKind.IdNumber, "110101900307123")]
    [InlineData(PersonalDataKind.IdNumber, "12345")]
    [InlineData(PersonalDataKind.Phone, "010-12345678")]
    [InlineData(PersonalDataKind.Phone, "88881234")]
    [InlineData(PersonalDataKind.Phone, "无")]
    [InlineData(PersonalDataKind.Mobile, "+86 138 1234 5678")]
    [InlineData(PersonalDataKind.Address, "示范县幸福小区3栋2单元")]
    [InlineData(PersonalDataKind.Address, "人民路12号")]
    [InlineData(PersonalDataKind.Email, "not an address")]
    public void Masking_is_idempotent_for_odd_values_too(PersonalDataKind kind, string raw)
    {
        var once = Masker.Mask(kind, raw);

        Assert.Equal(once, Masker.Mask(kind, once));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Null_empty_and_blank_values_give_an_empty_string_except_sealed_ones(string? value)
    {
        foreach (var kind in Enum.GetValues<PersonalDataKind>())
        {
            var expected = kind == PersonalDataKind.WhistleblowerIdentity ? Masker.SealedText : string.Empty;
            Assert.Equal(expected, Masker.Mask(kind, value));
        }

        Assert.Equal(string.Empty, Masker.MaskText(null));
        Assert.Equal(string.Empty, Masker.MaskText(string.Empty));
        Assert.Equal(string.Empty, default(PersonalField).ToString());
    }

    [Fact]
    public void An_unknown_kind_is_rejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Masker.Mask((PersonalDataKind)99, "x"));

    // ---- the policy ---------------------------------------------------------------------------

    [Fact]
    public void The_default_policy_is_the_rules_default()
    {
        var options = MaskOptions.Default;

        Assert.Same(options, Masker.Options);
        Assert.Equal('*', options.MaskChar);
        Assert.Equal(6, options.IdNumberKeepPrefix);
        Assert.Equal(4, options.IdNumberKeepSuffix);
        Assert.Equal("（已隐去）", options.HiddenText);
        Assert.False(options.MaskAddressesInText);
        Assert.Contains("欧阳", options.CompoundSurnames);
        Assert.Contains("呼延", options.CompoundSurnames);
        Assert.Equal(options.CompoundSurnames.Count, options.CompoundSurnames.Distinct().Count());
        Assert.All(options.CompoundSurnames, s => Assert.Equal(2, s.Length));
    }

    public static TheoryData<MaskOptions> LooserOrBrokenPolicies => new()
    {
        MaskOptions.Default with { IdNumberKeepPrefix = 7 },
        MaskOptions.Default with { IdNumberKeepSuffix = 5 },
        MaskOptions.Default with { IdNumberKeepPrefix = -1 },
        MaskOptions.Default with { MobileKeepPrefix = 4 },
        MaskOptions.Default with { MobileKeepSuffix = 5 },
        MaskOptions.Default with { LandlineKeepSuffix = 3 },
        MaskOptions.Default with { EmailKeepPrefix = 2 },
        MaskOptions.Default with { NameMaxMaskLength = 0 },
        MaskOptions.Default with { MaskChar = '0' },
        MaskOptions.Default with { MaskChar = 'x' },
        MaskOptions.Default with { MaskChar = ' ' },
        MaskOptions.Default with { HiddenText = "" },
        MaskOptions.Default with { AddressMask = "xxx" },
        MaskOptions.Default with { FallbackMask = "0000" },
        MaskOptions.Default with { CompoundSurnames = [""] },
    };

    [Theory]
    [MemberData(nameof(LooserOrBrokenPolicies))]
    public void A_policy_looser_than_the_rules_or_unusable_is_refused(MaskOptions options)
        => Assert.ThrowsAny<ArgumentException>(() => new Masker(options));

    [Fact]
    public void Another_mask_character_is_used_everywhere()
    {
        var masker = new Masker(MaskOptions.Default with { MaskChar = '×' });

        Assert.Equal("张×", masker.Name("张三"));
        Assert.Equal("110105××××××××002X", masker.IdNumber("11010519491231002X"));
        Assert.Equal("138××××5678", masker.Mobile("13812345678"));
        Assert.Equal("138××××5678", masker.Mobile("138××××5678"));
        Assert.Equal("010-××××××78", masker.Phone("010-12345678"));
    }
}
