import pytest

from .factories import MissionDirectoryPageFactory, build_mission


@pytest.fixture
def berlin(tree):
    return build_mission()


@pytest.fixture
def directory(tree):
    """The ministry's directory in English, Russian and Turkmen (translations of each other)."""
    pages = {}
    for code in ("en", "ru", "tk"):
        first = pages.get("en")
        pages[code] = MissionDirectoryPageFactory(
            parent=tree.homes[code],
            locale=tree.homes[code].locale,
            **({"translation_key": first.translation_key} if first else {}),
        )
    return pages
