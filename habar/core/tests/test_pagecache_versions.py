"""Each site's versions: the generation every change moves, the structure a news item's
publish keeps, moved once the change is committed."""

import pytest
from django.db import transaction

from habar.core.pagecache import invalidate_site, site_generation, site_structure
from habar.news.tests.factories import ArticlePageFactory


def test_a_news_publish_moves_the_generation_and_keeps_the_structure(tree):
    site_id = tree.site.pk
    generation, structure = site_generation(site_id), site_structure(site_id)

    invalidate_site(site_id, news_only=True)
    assert site_generation(site_id) > generation
    assert site_structure(site_id) == structure

    invalidate_site(site_id)
    assert site_structure(site_id) > structure
    assert site_structure(site_id) == site_generation(site_id)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_publish_moves_the_generation_once_and_only_when_committed(tree):
    article = ArticlePageFactory(parent=tree.section("politics"), live=False)
    site_id = tree.site.pk
    seen = []

    with transaction.atomic():
        before = site_generation(site_id)
        article.save_revision().publish()
        seen.append(site_generation(site_id))  # readers still see the old content
    seen.append(site_generation(site_id))

    assert seen[0] == before
    assert seen[1] > before


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_rolled_back_change_moves_nothing():
    site_id = 4242  # versions are known by site id only
    before = site_generation(site_id), site_structure(site_id)

    with pytest.raises(RuntimeError), transaction.atomic():
        invalidate_site(site_id)
        raise RuntimeError("rolled back")

    assert (site_generation(site_id), site_structure(site_id)) == before
