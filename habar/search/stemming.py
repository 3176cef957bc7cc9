"""Words as the SQLite search index and the highlighter compare them: stemmed, then folded.

A word is lower-cased, cut to its stem by the Snowball stemmer of its language (PyStemmer),
then folded: accents, case and compatibility forms go, so that "Botschaften" and
"Botschaft" both become "botschaft", "видеоконференциях" and "видеоконференция"
"видеоконференц", and "Syýasat" and "syyasat" "syyasat". The index holds a page's words
so, in the language of the page's locale; a query's words are made the same way in the
active language (the URL's), so a reader finds the forms of a word the stemmer joins.

Languages Snowball has no stemmer for (Turkmen, Uzbek, Kazakh, Ukrainian, Chinese,
Japanese, Korean among the site languages) are folded only: "SYÝASAT", "syyasat" and
"Syýasat" are one word there, but other forms of it are not. Chinese and Japanese are not
split into words either: a run of their characters is one word, as FTS5 reads it.

The accents folded are the Latin, Greek and Cyrillic combining marks (but й, ў and ї stay
letters) and Arabic vowel marks; the vowel signs of Indic scripts and the kana voicing marks
are letters of their words and stay. Stemming comes first: stemmers read the accents of
their language (French "-ité", Turkish "-ı"). Arabic vowel marks and Russian stress marks,
which a stemmer does not expect, are taken off before it.
"""

import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer

# Snowball's stemmers, by Django language code.
SNOWBALL_STEMMERS = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "eo": "esperanto",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
}

# Accents: the combining marks of Latin, Greek and Cyrillic letters, and Arabic vowel marks.
ACCENT_RANGES = (
    (0x0300, 0x036F),  # Combining Diacritical Marks
    (0x0483, 0x0489),  # Cyrillic combining marks
    (0x0610, 0x061A),  # Arabic honorifics and small letters above
    (0x064B, 0x065F),  # Arabic vowel marks (harakat)
    (0x0670, 0x0670),  # Arabic superscript alef
    (0x06D6, 0x06ED),  # Quranic annotation marks
    (0x1AB0, 0x1AFF),  # Combining Diacritical Marks Extended
    (0x1DC0, 0x1DFF),  # Combining Diacritical Marks Supplement
    (0x20D0, 0x20FF),  # Combining Diacritical Marks for Symbols
    (0xFE20, 0xFE2F),  # Combining Half Marks
)
ACCENTS = dict.fromkeys(
    code for first, last in ACCENT_RANGES for code in range(first, last + 1)
) | {0x0640: None}  # the Arabic tatweel, which only stretches a word
# Letters with a stroke or without a dot, which do not decompose into a letter and an accent.
PLAIN_LETTERS = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ħ": "h"})
# Cyrillic letters that look accented but are letters of their own, as PostgreSQL's unaccent
# keeps them: й, ў, ї (ё, an е with its dots, is folded).
LETTERS_KEPT = frozenset("йЙўЎїЇ")


def _mark_ranges():
    """Every combining mark, as ranges for a regular expression's character class: those of
    the first two planes, and the variation selectors of the fourteenth (no other plane has
    any)."""
    ranges, start, previous = [(0xE0100, 0xE01EF)], None, None
    for code in range(0x20000):
        if unicodedata.category(chr(code)).startswith("M"):
            if start is None or code != previous + 1:
                if start is not None:
                    ranges.append((start, previous))
                start = code
            previous = code
    ranges.append((start, previous))
    return "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in ranges)


# A word as FTS5's unicode61 tokenizer reads one: letters, digits and their marks.
WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_mark_ranges()}])*")
_local = threading.local()


def stemmer_for(language_code):
    """The Snowball stemmer of a language (one per thread: they keep state), or None."""
    name = stemmer_name(language_code)
    if name is None:
        return None
    stemmers = _local.__dict__.setdefault("stemmers", {})
    if name not in stemmers:
        stemmers[name] = Stemmer.Stemmer(name)
    return stemmers[name]


def stemmer_name(language_code):
    if not language_code:
        return None
    language_code = language_code.lower().replace("_", "-")
    return SNOWBALL_STEMMERS.get(language_code) or SNOWBALL_STEMMERS.get(
        language_code.split("-")[0]
    )


@lru_cache(maxsize=10_000)
def fold_letter(letter):
    if letter in LETTERS_KEPT:
        return letter.casefold()
    decomposed = unicodedata.normalize("NFKD", letter).translate(ACCENTS)
    return unicodedata.normalize("NFC", decomposed.translate(PLAIN_LETTERS).casefold())


def fold(word):
    """`word` (in NFC) without accents, case or compatibility forms (ﬁ, fullwidth letters)."""
    return "".join(map(fold_letter, word))


def lower(word, language_code):
    if stemmer_name(language_code) == "turkish":
        # Turkish has a dotted and a dotless I.
        word = word.replace("I", "ı").replace("İ", "i")
    return word.lower()


@lru_cache(maxsize=100_000)
def key(word, language_code):
    """The form of one word the index holds: its stem in `language_code`, folded."""
    word = lower(unicodedata.normalize("NFC", word).translate(ACCENTS), language_code)
    stemmer = stemmer_for(language_code)
    if stemmer is not None:
        word = stemmer.stemWord(word)
    return fold(word)


def keys(text, language_code):
    """The keys of the words of `text`, in order."""
    return [key(word, language_code) for word in WORD.findall(unicodedata.normalize("NFC", text))]


def index_text(text, language_code):
    """`text` as the index holds it: its words' keys, separated by spaces."""
    return " ".join(keys(text or "", language_code))
