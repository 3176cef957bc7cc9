"""Mark the words of a search in a text, escaping everything else.

The text is split into words and the gaps between them; gaps and words are escaped one by
one and only the matching words are wrapped in <mark>, so nothing from an article or from
a query ever reaches the page unescaped.

A word matches a search term when they are equal once case and accents are folded away
(Syýasat, syyasat). In a language Snowball has a stemmer for, a word also matches when it
has the term's stem, as the search that found the article compared them (Botschaft,
Botschaften; видеоконференция, видеоконференциях). In the others, it matches when they
share all but their last few letters, a rough stand-in for stemming (Türkmenistan,
Türkmenistanyň).
"""

import re

from django.utils.html import format_html, format_html_join

from .stemming import fold, key, stemmer_name

WORD = re.compile(r"\w+")
MIN_STEM = 4
MAX_ENDING = 3
ELLIPSIS = "…"


def words(text):
    return WORD.findall(text)


def _common_prefix_length(a, b):
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def is_match(word, term):
    """Both arguments already folded."""
    if word == term:
        return True
    if min(len(word), len(term)) < MIN_STEM:
        return False
    stem = max(MIN_STEM, max(len(word), len(term)) - MAX_ENDING)
    return _common_prefix_length(word, term) >= stem


class Highlighter:
    def __init__(self, query, language=None):
        """`language`: the code of the language the search was made in."""
        self.language = language if stemmer_name(language) else None
        self.terms = {fold(term) for term in words(query)}
        self.stems = {key(term, self.language) for term in words(query)}
        # A page of results repeats its words: each is folded and compared once.
        self._matches = {}

    def matches(self, word):
        if word not in self._matches:
            self._matches[word] = self._match(word)
        return self._matches[word]

    def _match(self, word):
        folded = fold(word)
        if folded in self.terms:
            return True
        if self.language is not None:
            return key(word, self.language) in self.stems
        return any(is_match(folded, term) for term in self.terms)

    def highlight(self, text):
        """`text`, escaped, with matching words in <mark>."""
        parts = []
        last = 0
        for match in WORD.finditer(text):
            if self.matches(match.group()):
                parts.append(text[last : match.start()])
                parts.append(format_html("<mark>{}</mark>", match.group()))
                last = match.end()
        parts.append(text[last:])
        # format_html_join escapes the plain strings and keeps the <mark> ones as they are.
        return format_html_join("", "{}", ((part,) for part in parts if part))

    def snippet(self, texts, length=40, before=10):
        """About `length` words from the first of `texts` that matches, around the match;
        else the start of the first text that is not empty.

        `texts` may be a generator: texts after the first that matches are not made.
        """
        first = None
        for text in texts:
            if not text or not text.strip():
                continue
            spans = [match.span() for match in WORD.finditer(text)]
            if first is None:
                first = text, spans
            for position, (start, end) in enumerate(spans):
                if self.matches(text[start:end]):
                    return self._window(text, spans, max(0, position - before), length)
        if first is not None:
            return self._window(*first, 0, length)
        return ""

    def _window(self, text, spans, first, length):
        if not spans:
            return self.highlight(text)
        last = min(len(spans), first + length) - 1
        start = spans[first][0] if first else 0
        end = len(text) if last == len(spans) - 1 else spans[last][1]
        excerpt = self.highlight(text[start:end].strip())
        prefix = ELLIPSIS + " " if start else ""
        suffix = " " + ELLIPSIS if end < len(text) else ""
        return format_html("{}{}{}", prefix, excerpt, suffix)
