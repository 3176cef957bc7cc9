"""Habar's page types: home → sections → articles, per site and language."""

from .articles import ArticleKind, ArticlePage, ArticlePageTag, ArticleRelatedLink
from .base import (
    ARTICLES_PER_PAGE,
    LATEST_NEWS_COUNT,
    RELATED_COUNT,
    RESERVED_ARTICLE_SLUGS,
    RESERVED_SLUGS,
    SitePage,
    paginate,
)
from .baselines import BaselineKind, TranslationBaseline, record_baseline, source_revision_now
from .changes import ArticleChange, ChangeKind
from .home import HomePage
from .sections import ArticleIndexPage

__all__ = [
    "ARTICLES_PER_PAGE",
    "LATEST_NEWS_COUNT",
    "RELATED_COUNT",
    "RESERVED_ARTICLE_SLUGS",
    "RESERVED_SLUGS",
    "ArticleChange",
    "BaselineKind",
    "ArticleIndexPage",
    "ArticleKind",
    "ArticlePage",
    "ArticlePageTag",
    "ArticleRelatedLink",
    "ChangeKind",
    "HomePage",
    "SitePage",
    "TranslationBaseline",
    "paginate",
    "record_baseline",
    "source_revision_now",
]
