using Sunshine.Domain.Privacy;

namespace Sunshine.Domain.Tests.Privacy;

public class LuhnTests
{
    // Check digits computed independently.
    [Theory]
    [InlineData("6222021234567890128")] // 19 digits, UnionPay-like
    [InlineData("6217001234567893")]    // 16 digits
    [InlineData("621483012345678902")]  // 18 digits
    [InlineData("4000000000000002")]
    [InlineData("79927398713")]         // the textbook example
    [InlineData("6217 0012 3456 7893")]
    [InlineData("6217-0012-3456-7893")]
    public void Numbers_with_the_right_check_digit_pass(string number) => Assert.True(Luhn.IsValid(number));

    [Theory]
    [InlineData("6222021234567890127")]
    [InlineData("6217001234567894")]
    [InlineData("79927398710")]
    [InlineData("6217001234567893A")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData(null)]
    public void Wrong_check_digits_letters_and_empty_values_fail(string? number) => Assert.False(Luhn.IsValid(number));
}
