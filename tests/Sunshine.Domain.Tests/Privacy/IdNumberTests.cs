using Sunshine.Domain.Privacy;

namespace Sunshine.Domain.Tests.Privacy;

public class IdNumberTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    // Check characters computed independently (ISO 7064 MOD 11-2 by hand/script), not with the code under test.
    [Theory]
    [InlineData("11010519491231002X")] // the classic example, check character X
    [InlineData("110101199003071233")]
    [InlineData("440305198511112343")]
    [InlineData("320582197806015673")]
    [InlineData("110101200002290018")] // 29 February of a leap year
    public void Eighteen_character_numbers_with_the_right_check_character_are_valid(string id)
    {
        Assert.True(IdNumber.IsValid(id, Today));
        Assert.True(IdNumber.IsValid(id));
    }

    [Theory]
    [InlineData("110101199003071234")] // check character should be 3
    [InlineData("11010519491231002Y")] // not a check character
    [InlineData("110105194912310021")] // X expected
    [InlineData("440305198511112340")]
    public void A_wrong_check_character_makes_the_number_invalid(string id)
        => Assert.False(IdNumber.IsValid(id, Today));

    [Theory]
    [InlineData("110101199002301236")] // 30 February, check character right
    [InlineData("110101210001011231")] // born in 2100: in the future
    [InlineData("110101189912311231")] // born before 1900
    [InlineData("990101199003071237")] // province code 99 does not exist
    public void A_right_check_character_does_not_save_an_impossible_birth_date_or_region(string id)
        => Assert.False(IdNumber.IsValid(id, Today));

    [Fact]
    public void A_birth_date_after_today_is_rejected_and_today_is_accepted()
    {
        // 2000-02-29 is valid from that day on.
        Assert.False(IdNumber.IsValid("110101200002290018", new DateOnly(2000, 2, 28)));
        Assert.True(IdNumber.IsValid("110101200002290018", new DateOnly(2000, 2, 29)));
    }

    [Theory]
    [InlineData("110101900307123")] // 1990-03-07
    [InlineData("440305851111234")]
    public void Fifteen_digit_legacy_numbers_with_a_real_birth_date_are_valid(string id)
        => Assert.True(IdNumber.IsValid(id, Today));

    [Theory]
    [InlineData("110101901307123")] // month 13
    [InlineData("110101900230123")] // 30 February
    [InlineData("990101900307123")] // no such province
    [InlineData("11010190030712X")] // legacy numbers have no check character
    public void Fifteen_digit_numbers_without_a_real_birth_date_or_region_are_invalid(string id)
        => Assert.False(IdNumber.IsValid(id, Today));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1101051949123100")]   // 16
    [InlineData("1101051949123100211")] // 19
    [InlineData("11010519491231002XX")]
    [InlineData("1101A5194912310021")]
    public void Other_shapes_are_invalid(string? id) => Assert.False(IdNumber.IsValid(id, Today));

    [Theory]
    [InlineData(" 11010519491231002x ", "11010519491231002X")]
    [InlineData("110105 19491231 002X", "11010519491231002X")]
    [InlineData("110105-19491231-002X", "11010519491231002X")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X")] // full-width
    [InlineData(null, "")]
    [InlineData("", "")]
    public void Normalise_removes_spacing_folds_width_and_upper_cases_the_check_character(string? input, string expected)
        => Assert.Equal(expected, IdNumber.Normalise(input));

    [Fact]
    public void Normalised_forms_are_valid_when_the_number_is()
    {
        Assert.True(IdNumber.IsValid("11010519491231002x", Today));
        Assert.True(IdNumber.IsValid("１１０１０５１９４９１２３１００２Ｘ", Today));
        Assert.True(IdNumber.IsValid("110105 19491231 002X", Today));
    }

    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("11010119900307123", '3')]
    [InlineData("44030519851111234", '3')]
    public void The_check_character_follows_GB_11643(string first17, char expected)
        => Assert.Equal(expected, IdNumber.ComputeCheckCharacter(first17));

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("1101051949123100A")]
    public void The_check_character_needs_exactly_17_digits(string first17)
        => Assert.Throws<ArgumentException>(() => IdNumber.ComputeCheckCharacter(first17));

    [Fact]
    public void Birth_dates_are_read_from_both_lengths()
    {
        Assert.True(IdNumber.TryGetBirthDate("11010519491231002X", out var a));
        Assert.Equal(new DateOnly(1949, 12, 31), a);
        Assert.True(IdNumber.TryGetBirthDate("110101900307123", out var b));
        Assert.Equal(new DateOnly(1990, 3, 7), b);
        Assert.False(IdNumber.TryGetBirthDate("110101199002301236", out _));
        Assert.False(IdNumber.TryGetBirthDate("12345", out _));
    }

    [Fact]
    public void A_legacy_number_upgrades_to_eighteen_characters_with_its_check_character()
    {
        Assert.Equal("110101199003071233", IdNumber.ToEighteen("110101900307123"));
        Assert.Equal("11010519491231002X", IdNumber.ToEighteen("11010519491231002x"));
        Assert.Null(IdNumber.ToEighteen("110101199003071234"));
        Assert.Null(IdNumber.ToEighteen(null));
    }
}
