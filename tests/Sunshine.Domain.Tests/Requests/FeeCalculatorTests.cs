using Sunshine.Domain.Requests;

namespace Sunshine.Domain.Tests.Requests;

public class FeeCalculatorTests
{
    [Theory]
    [InlineData(10, 0)]        // 1–10 free
    [InlineData(11, 100)]      // item 11 at 100
    [InlineData(30, 2000)]     // 20 × 100
    [InlineData(31, 2200)]     // 2000 + 1 × 200
    [InlineData(40, 4000)]     // 2000 + 10 × 200
    [InlineData(41, 4300)]     // 4000 + 1 × 300
    [InlineData(55, 9000)]     // 2000 + 2000 + 10 × 300 + 5 × 400
    public void Per_item_fees_are_progressive_from_the_first_item_of_the_month(int items, int expected)
        => Assert.Equal(expected, FeeCalculator.Calculate(FeeBasis.PerItem, items).Total);

    [Theory]
    [InlineData(30, 0)]        // 1–30 free
    [InlineData(31, 10)]       // 1 × 10
    [InlineData(100, 700)]     // 70 × 10
    [InlineData(101, 720)]     // 700 + 1 × 20
    [InlineData(200, 2700)]    // 700 + 100 × 20
    [InlineData(201, 2740)]    // 2700 + 1 × 40
    public void Per_page_fees_are_progressive_within_the_application(int pages, int expected)
        => Assert.Equal(expected, FeeCalculator.Calculate(FeeBasis.PerPage, pages).Total);

    [Fact]
    public void The_fee_notice_example_items_11_to_15_of_the_month()
    {
        var quote = FeeCalculator.Calculate(FeeBasis.PerItem, 5, earlierItemsThisMonth: 10);

        Assert.Equal(500m, quote.Total);
        Assert.Equal([new FeeBand(11, 15, 5, 100m, 500m)], quote.Bands);
        Assert.Equal("按件计收：本月累计第11—15件，每件100元，计500元。合计500元。", quote.Explanation);
    }

    [Fact]
    public void Earlier_items_of_the_month_carry_over_across_the_free_band()
    {
        // Items 9–13 of the month: 9–10 free, 11–13 at 100.
        var quote = FeeCalculator.Calculate(FeeBasis.PerItem, 5, earlierItemsThisMonth: 8);

        Assert.Equal(300m, quote.Total);
        Assert.Equal([new FeeBand(9, 10, 2, 0m, 0m), new FeeBand(11, 13, 3, 100m, 300m)], quote.Bands);
        Assert.Equal("按件计收：本月累计第9—10件，不收费；第11—13件，每件100元，计300元。合计300元。", quote.Explanation);
    }

    [Fact]
    public void Earlier_items_of_the_month_carry_over_into_the_200_yuan_band()
    {
        // Items 29–33: 29–30 at 100 (200), 31–33 at 200 (600).
        var quote = FeeCalculator.Calculate(FeeBasis.PerItem, 5, earlierItemsThisMonth: 28);

        Assert.Equal(800m, quote.Total);
        Assert.Equal([new FeeBand(29, 30, 2, 100m, 200m), new FeeBand(31, 33, 3, 200m, 600m)], quote.Bands);
        Assert.Equal("按件计收：本月累计第29—30件，每件100元，计200元；第31—33件，每件200元，计600元。合计800元。", quote.Explanation);
        Assert.Equal(5, quote.Count);
        Assert.Equal(28, quote.EarlierItemsThisMonth);
    }

    [Fact]
    public void A_single_item_beyond_40_of_the_month_costs_300()
    {
        var quote = FeeCalculator.Calculate(FeeBasis.PerItem, 1, earlierItemsThisMonth: 40);

        Assert.Equal([new FeeBand(41, 41, 1, 300m, 300m)], quote.Bands);
        Assert.Equal("按件计收：本月累计第41件，每件300元，计300元。合计300元。", quote.Explanation);
    }

    [Fact]
    public void A_free_application_says_so()
    {
        var quote = FeeCalculator.Calculate(FeeBasis.PerItem, 5);

        Assert.Equal(0m, quote.Total);
        Assert.Equal("按件计收：本月累计第1—5件，不收费。合计0元。", quote.Explanation);
    }

    [Fact]
    public void Per_page_breakdown_lists_every_band()
    {
        var quote = FeeCalculator.Calculate(FeeBasis.PerPage, 201);

        Assert.Equal(
            [
                new FeeBand(1, 30, 30, 0m, 0m),
                new FeeBand(31, 100, 70, 10m, 700m),
                new FeeBand(101, 200, 100, 20m, 2000m),
                new FeeBand(201, 201, 1, 40m, 40m),
            ],
            quote.Bands);
        Assert.Equal(
            "按量计收：第1—30页，不收费；第31—100页，每页10元，计700元；第101—200页，每页20元，计2000元；第201页，每页40元，计40元。合计2740元。",
            quote.Explanation);
        Assert.Equal(FeeBasis.PerPage, quote.Basis);
    }

    [Fact]
    public void Bad_input_is_refused_in_Chinese()
    {
        var none = Assert.Throws<DomainException>(() => FeeCalculator.Calculate(FeeBasis.PerPage, 0));
        Assert.Equal("fee.invalid-count", none.Code);
        Assert.Equal("本次申请的页数必须在1至100000之间，实际为0。", none.Message);

        Assert.Equal("fee.invalid-earlier-count", Assert.Throws<DomainException>(() => FeeCalculator.Calculate(FeeBasis.PerItem, 1, -1)).Code);
        Assert.Equal("fee.carry-over-not-allowed", Assert.Throws<DomainException>(() => FeeCalculator.Calculate(FeeBasis.PerPage, 40, 3)).Code);
        Assert.Equal("fee.invalid-basis", Assert.Throws<DomainException>(() => FeeCalculator.Calculate((FeeBasis)7, 1)).Code);
    }

    [Fact]
    public void Every_position_is_charged_once_whatever_the_split_over_the_month()
    {
        // 45 items in one application cost the same as 12 + 20 + 13 in three.
        var once = FeeCalculator.Calculate(FeeBasis.PerItem, 45).Total;
        var split = FeeCalculator.Calculate(FeeBasis.PerItem, 12).Total
            + FeeCalculator.Calculate(FeeBasis.PerItem, 20, 12).Total
            + FeeCalculator.Calculate(FeeBasis.PerItem, 13, 32).Total;

        // 11–30: 2000; 31–40: 2000; 41–45: 1500.
        Assert.Equal(5500m, once);
        Assert.Equal(once, split);
    }
}
