"""Words made alike for the SQLite index and the highlighter: stemmed, then folded."""

from habar.search.stemming import fold, index_text, keys, stemmer_name


def test_forms_of_a_german_word_have_one_key():
    assert keys("Botschaft Botschaften Wirtschaftsforum Wirtschaftsforums", "de") == [
        "botschaft",
        "botschaft",
        "wirtschaftsforum",
        "wirtschaftsforum",
    ]


def test_forms_of_a_russian_word_have_one_key():
    assert (
        keys("Видеоконференция видеоконференциях ВИДЕОКОНФЕРЕНЦИИ", "ru") == ["видеоконференц"] * 3
    )


def test_russian_stress_marks_and_yo_are_folded():
    assert keys("видеоконфере\u0301нция Ёлка", "ru") == keys("видеоконференция елка", "ru")


def test_short_cyrillic_i_stays_a_letter():
    assert fold("Йод") == "йод"
    assert fold("Її") == "її"


def test_turkmen_letters_fold_to_plain_ones():
    assert keys("Ýaşaýyş Türkmenistanyň ŞÄHERI Çäre Žurnal ÖŇE", "tk") == [
        "yasayys",
        "turkmenistanyn",
        "saheri",
        "care",
        "zurnal",
        "one",
    ]


def test_turkish_capital_i_is_lowered_as_in_turkish():
    assert keys("IRAK İSTANBUL Irak ırak", "tr") == ["irak", "istanbul", "irak", "irak"]


def test_arabic_vowel_marks_are_not_part_of_the_word():
    assert keys("الْمُؤْتَمَرَات", "ar") == keys("المؤتمرات", "ar") == keys("مؤتمر", "ar")


def test_compatibility_forms_are_folded():
    assert keys("ＡＳＥＡＮ ﬁnance", "en") == ["asean", "financ"]


def test_kana_voicing_marks_stay():
    assert keys("がっこう かっこう", "ja") == ["がっこう", "かっこう"]


def test_indic_vowel_signs_stay_in_the_word():
    assert keys("हिंदी", "hi") == ["हिंद"]


def test_languages_without_a_stemmer_are_folded_only():
    assert [stemmer_name(code) for code in ("tk", "uz", "kk", "uk", "zh-hans", "ja", "ko")] == [
        None
    ] * 7
    assert keys("Қазақстандағы ҚАЗАҚСТАН", "kk") == ["қазақстандағы", "қазақстан"]


def test_regional_codes_get_the_language_stemmer():
    assert [stemmer_name(code) for code in ("en-gb", "pt-br", "es-ar", "sr-latn")] == [
        "english",
        "portuguese",
        "spanish",
        "serbian",
    ]


def test_index_text_is_the_keys_separated_by_spaces():
    assert index_text("Die Botschaften, in Berlin!", "de") == "die botschaft in berlin"
    assert index_text(None, "de") == ""


def test_underscores_and_punctuation_separate_words():
    assert keys("e-mail foo_bar l'ambassade", "fr") == ["e", "mail", "foo", "bar", "l", "ambassad"]
