from django import template

from articles.models import ArticlePage

register = template.Library()


@register.simple_tag
def latest_articles(count=10):
    return ArticlePage.objects.live().order_by("-date", "-pk")[:count]
