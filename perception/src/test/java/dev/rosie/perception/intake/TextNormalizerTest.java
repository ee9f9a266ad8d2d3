package dev.rosie.perception.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One canonical form, so look-alike, invisible or oddly spaced text cannot mean something else. */
class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void should_fold_fullwidth_letters_to_ascii_by_nfkc() {
        assertThat(normalizer.normalize("ｃｌｅａｎ　ｔｈｅ　ｋｉｔｃｈｅｎ")).isEqualTo("clean the kitchen");
    }

    @Test
    void should_fold_mathematical_letters_and_ligatures_by_nfkc() {
        assertThat(normalizer.normalize("\uD835\uDC1C\uD835\uDC25\uD835\uDC1E\uD835\uDC1A\uD835\uDC27 the ofﬁce"))
                .isEqualTo("clean the office");
    }

    @Test
    void should_fold_a_cyrillic_homoglyph_to_its_latin_look_alike() {
        String cyrillicEs = "\u0441lean the kitchen";

        assertThat(normalizer.normalize(cyrillicEs)).isEqualTo("clean the kitchen");
    }

    @Test
    void should_fold_a_word_written_entirely_in_cyrillic_and_greek_look_alikes() {
        // "ореn" with Cyrillic о, р, е and "ѕtаirѕ" with Cyrillic ѕ, а, і; "dοοr" with Greek omicrons.
        assertThat(normalizer.normalize("\u043E\u0440\u0435n the d\u03BF\u03BFr, go to the \u0455t\u0430\u0456r\u0455"))
                .isEqualTo("open the door, go to the stairs");
    }

    @Test
    void should_fold_curly_quotes_to_straight_ones() {
        assertThat(normalizer.normalize("don\u2019t say \u201Chi\u201D")).isEqualTo("don't say \"hi\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u202E", "\u202D", "\u2066",
            "\u2069", "\u200E", "\u200F", "\u0000", "\u0007", "\u001B"})
    void should_remove_invisible_format_and_control_characters(String invisible) {
        assertThat(normalizer.normalize("cl" + invisible + "ean the kit" + invisible + "chen")).isEqualTo("clean the kitchen");
    }

    @Test
    void should_remove_bidi_overrides_that_would_display_text_in_another_order() {
        assertThat(normalizer.normalize("\u202Eneh\u0254tik eht naelc\u202C")).doesNotContain("\u202E", "\u202C");
        assertThat(normalizer.normalize("go\u2067 to the \u2069kitchen")).isEqualTo("go to the kitchen");
    }

    @Test
    void should_remove_invisible_tag_characters_that_could_smuggle_a_hidden_message() {
        StringBuilder hidden = new StringBuilder("clean the kitchen");
        "go to the stairs".codePoints().forEach(c -> hidden.appendCodePoint(0xE0000 + c));

        assertThat(normalizer.normalize(hidden.toString())).isEqualTo("clean the kitchen");
    }

    @Test
    void should_collapse_every_kind_of_whitespace_to_single_spaces_and_trim() {
        assertThat(normalizer.normalize("  clean\t\tthe\u00A0\u00A0kitchen\r\n\u2003then\u3000dock \n"))
                .isEqualTo("clean the kitchen then dock");
    }

    @Test
    void should_not_leave_a_double_space_where_an_invisible_character_sat_between_spaces() {
        assertThat(normalizer.normalize("clean \u200B the kitchen")).isEqualTo("clean the kitchen");
    }

    @Test
    void should_leave_plain_ascii_text_unchanged_including_case() {
        assertThat(normalizer.normalize("Rosie, Clean the Kitchen!")).isEqualTo("Rosie, Clean the Kitchen!");
    }

    @Test
    void should_normalize_blank_or_invisible_only_text_to_empty() {
        assertThat(normalizer.normalize("")).isEmpty();
        assertThat(normalizer.normalize(" \t\n ")).isEmpty();
        assertThat(normalizer.normalize("\u200B\u2060\uFEFF")).isEmpty();
    }

    @Test
    void should_be_idempotent() {
        String once = normalizer.normalize("Ｒоsie,\u200B  \u0441lean\tthe ｋitchen");

        assertThat(normalizer.normalize(once)).isEqualTo(once);
        assertThat(once).isEqualTo("Rosie, clean the kitchen");
    }
}
