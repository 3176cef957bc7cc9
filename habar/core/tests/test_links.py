"""Rewriting the URLs of rendered HTML."""

from habar.core.links import rewrite_links


def test_links_images_sources_and_srcset_candidates_are_rewritten():
    html = (
        '<a href="/a/">a</a><img src="/i.png" srcset="/i1.png 1x, /i2.png 2x">'
        '<video poster="/p.jpg"></video>'
    )

    assert rewrite_links(html, lambda url: "X" + url) == (
        '<a href="X/a/">a</a><img src="X/i.png" srcset="X/i1.png 1x, X/i2.png 2x">'
        '<video poster="X/p.jpg"></video>'
    )


def test_ampersands_are_unescaped_for_the_rewrite_and_escaped_again():
    seen = []

    def rewrite(url):
        seen.append(url)
        return url + "&b=2"

    assert rewrite_links('<a href="/?a=1&amp;c=3">', rewrite) == '<a href="/?a=1&amp;c=3&amp;b=2">'
    assert seen == ["/?a=1&c=3"]


def test_unchanged_links_and_other_attributes_are_left_as_they_were():
    html = '<a data-href="/x" href="#top" title="src=&quot;/y&quot;">src="/z"</a>'

    assert rewrite_links(html, lambda url: url) == html
    assert rewrite_links(html, lambda url: "X" + url) == html.replace("#top", "X#top")
