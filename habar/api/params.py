"""What every endpoint's parameters and error answers share."""

from typing import Annotated

from ninja import Path

from . import schemas

MAX_PAGE_ID = 2**31 - 1
ERRORS = {400: schemas.Error, 404: schemas.Error, 429: schemas.Error}

LanguagePath = Path(
    description="One of the site's languages (see `/site/`); any other answers 404.",
    max_length=20,
    examples=["en"],
)
Language = Annotated[str, LanguagePath]
PageId = Annotated[int, Path(ge=1, le=MAX_PAGE_ID)]
