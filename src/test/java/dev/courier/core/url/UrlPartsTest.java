package dev.courier.core.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UrlPartsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://h/p?a=1&&b=2", "http://h/?flag&x=", "http://h/?a=1&a=2&a=1", "http://h/?q=a+b%20c",
            "http://h/?", "http://h/?#", "http://h/#frag?x=1", "h/?=v&=&&", "http://h/?%zz=%E2%82&x=%2B+",
            "{{base}}/users/:id?token={{token}}&q={{a}}b#{{f}}", "http://h/p", "", "?", "&&", "http://h/?ü=ß é"})
    void untouchedRowsRebuildTheUrlExactly(String url) {
        UrlParts parts = UrlParts.parse(url);
        assertThat(parts.toUrl()).isEqualTo(url);
        assertThat(QueryParams.toUrl(url, QueryParams.fromUrl(url, List.of()))).isEqualTo(url);
    }

    @Test
    void splitsBaseParamsAndFragmentKeepingEachParamsText() {
        UrlParts parts = UrlParts.parse("https://api.test/v1/items?a=1&&flag&b=&q=x+y%21#top");
        assertThat(parts.base()).isEqualTo("https://api.test/v1/items");
        assertThat(parts.fragment()).isEqualTo("#top");
        assertThat(parts.params()).extracting(QueryParam::text).containsExactly("a=1", "", "flag", "b=", "q=x+y%21");
        QueryParam flag = parts.params().get(2);
        assertThat(flag.hasValue()).isFalse();
        assertThat(flag.displayName()).isEqualTo("flag");
        assertThat(parts.params().get(3).hasValue()).isTrue();
        assertThat(parts.params().get(4).displayValue()).isEqualTo("x y!");
        assertThat(UrlParts.parse("http://h/p").params()).isEmpty();
        assertThat(UrlParts.parse("http://h/p?").params()).extracting(QueryParam::text).containsExactly("");
    }

    @Test
    void valuesTypedInTheTableArePercentEncodedAsQueryComponents() {
        QueryParam p = QueryParam.typed("full name", "a&b=c+d#e%f/g?h~i-j._k ü{{x}}");
        assertThat(p.text()).isEqualTo("full%20name=a%26b%3Dc%2Bd%23e%25f%2Fg%3Fh~i-j._k%20%C3%BC{{x}}");
        assertThat(p.displayName()).isEqualTo("full name");
        assertThat(p.displayValue()).isEqualTo("a&b=c+d#e%f/g?h~i-j._k ü{{x}}");
        assertThat(QueryParam.typed("debug", "").text()).isEqualTo("debug");
        assertThat(QueryParam.typed("", "v").text()).isEqualTo("=v");
        assertThat(QueryParam.typed("{{name}}", "{{value}}").text()).isEqualTo("{{name}}={{value}}");
    }

    @Test
    void editingOneCellKeepsTheOtherCellsTextAndAnUnchangedEditKeepsTheRow() {
        QueryParam raw = QueryParam.parsed("q=a+b");
        assertThat(raw.withDisplayValue("a b")).isSameAs(raw);
        assertThat(raw.withDisplayName("query").text()).isEqualTo("query=a+b");
        assertThat(raw.withDisplayValue("a+b").text()).isEqualTo("q=a%2Bb");
        assertThat(QueryParam.parsed("flag").withDisplayName("on").text()).isEqualTo("on");
        assertThat(QueryParam.parsed("flag").withDisplayValue("1").text()).isEqualTo("flag=1");
    }

    @Test
    void disabledRowsStayInTheTableButNotInTheUrl() {
        String url = "http://h/p?a=1&b=2#f";
        List<QueryParam> rows = new ArrayList<>(QueryParams.fromUrl(url, List.of()));
        rows.set(0, rows.get(0).withEnabled(false).withDescription("first"));
        rows.set(1, rows.get(1).withDescription("second"));
        String edited = QueryParams.toUrl(url, rows);
        assertThat(edited).isEqualTo("http://h/p?b=2#f");

        List<QueryParam> after = QueryParams.fromUrl("http://h/p?b=2&c=3#f", rows);
        assertThat(after).extracting(QueryParam::text).containsExactly("a=1", "b=2", "c=3");
        assertThat(after).extracting(QueryParam::enabled).containsExactly(false, true, true);
        assertThat(after).extracting(QueryParam::description).containsExactly("first", "second", "");
        rows.replaceAll(r -> r.withEnabled(false));
        assertThat(QueryParams.toUrl(url, rows)).isEqualTo("http://h/p#f");
    }

    @Test
    void aDescriptionFollowsItsRowOnlyWhileTheNameStaysTheSame() {
        List<QueryParam> rows = List.of(QueryParam.parsed("a=1").withDescription("about a"));
        assertThat(QueryParams.fromUrl("http://h/?a=2", rows).get(0).description()).isEqualTo("about a");
        assertThat(QueryParams.fromUrl("http://h/?z=2", rows).get(0).description()).isEmpty();
        assertThat(QueryParams.fromUrl("http://h/", rows)).isEmpty();
    }

    @Test
    void displayDecodingIsLenientWithBrokenEscapes() {
        assertThat(PercentCoding.decodeQueryComponent("%zz%4")).isEqualTo("%zz%4");
        assertThat(PercentCoding.decodeQueryComponent("%E2%82")).isEqualTo("\uFFFD");
        assertThat(PercentCoding.decodeQueryComponent("{{a%20b}}%20")).isEqualTo("{{a%20b}} ");
        assertThat(PercentCoding.decode("a+b%2B")).isEqualTo("a+b+");
    }
}
