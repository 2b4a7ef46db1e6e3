using Sunshine.Domain.Privacy;

namespace Sunshine.Domain.Tests.Privacy;

public class MaskTextTests
{
    private const string Paragraph =
        "来信人反映：本人身份证号11010519491231002X，旧证号110101900307123，手机13812345678"
        + "（另一号码+86 139-0000-1111），补贴请打入卡号6222 0212 3456 7890 128或6217001234567893，"
        + "邮箱zhangsan@example.com，家住示范县城关镇人民路12号3单元501室。订单号20240115012345678901。";

    private static readonly string[] RawValues =
    [
        "11010519491231002X", "110101900307123", "13812345678", "139-0000-1111", "6222 0212 3456 7890 128",
        "6217001234567893", "zhangsan@example.com", "19491231", "7890 128", "0000",
    ];

    [Fact]
    public void Masking_a_paragraph_with_every_kind_leaves_no_raw_value()
    {
        var masked = Masker.Default.MaskText(Paragraph);

        foreach (var raw in RawValues)
        {
            Assert.DoesNotContain(raw, masked, StringComparison.Ordinal);
        }

        Assert.Equal(
            "来信人反映：本人身份证号110105********002X，旧证号110101*****7123，手机138****5678"
            + "（另一号码139****1111），补贴请打入卡号（已隐去）或（已隐去），"
            + "邮箱z***@example.com，家住示范县城关镇人民路12号3单元501室。订单号20240115012345678901。",
            masked);
        Assert.DoesNotContain(PrivacyScanner.Scan(masked), f => f.Kind != PersonalDataKind.Address);
    }

    [Fact]
    public void Addresses_are_masked_in_text_when_the_policy_says_so()
    {
        var masker = new Masker(MaskOptions.Default with { MaskAddressesInText = true });

        var masked = masker.MaskText(Paragraph);

        Assert.Contains("家住示范县城关镇****。", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("人民路", masked, StringComparison.Ordinal);
        foreach (var raw in RawValues)
        {
            Assert.DoesNotContain(raw, masked, StringComparison.Ordinal);
        }

        Assert.Empty(PrivacyScanner.Scan(masked));
        Assert.Equal(masked, masker.MaskText(masked));
    }

    [Fact]
    public void Masking_masked_text_changes_nothing()
    {
        var once = Masker.Default.MaskText(Paragraph);

        Assert.Equal(once, Masker.Default.MaskText(once));
    }

    [Theory]
    [InlineData("本通知自发布之日起施行。")]
    [InlineData("示范县人民政府办公室（电话：0755-88881234）")] // offices' landlines are not searched for
    [InlineData("   ")]
    public void Text_without_personal_data_is_returned_unchanged(string text)
        => Assert.Same(text, Masker.Default.MaskText(text));

    [Fact]
    public void Null_and_empty_texts_give_an_empty_string()
    {
        Assert.Equal(string.Empty, Masker.Default.MaskText(null));
        Assert.Equal(string.Empty, Masker.Default.MaskText(string.Empty));
    }

    [Fact]
    public void Full_width_data_is_replaced_by_an_ascii_mask_and_the_rest_is_untouched()
        => Assert.Equal("手机：138****5678。", Masker.Default.MaskText("手机：１３８１２３４５６７８。"));

    [Fact]
    public void A_stricter_policy_is_applied_to_text_as_well()
    {
        var masker = new Masker(MaskOptions.Default with { IdNumberKeepPrefix = 0, IdNumberKeepSuffix = 0, MobileKeepPrefix = 0, MobileKeepSuffix = 0 });

        Assert.Equal("证号******************，电话***********", masker.MaskText("证号11010519491231002X，电话13812345678"));
    }
}
