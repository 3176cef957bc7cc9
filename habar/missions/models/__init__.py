"""A mission of the network (embassy, consulate, permanent mission): its details, per site,
and its page, per language; the ministry's directory of every mission."""

from ..choices import Kind, Service
from .details import MissionDetails, OpeningHours
from .directory import MissionDirectoryPage
from .mission import Closure, MissionPage

__all__ = [
    "Closure",
    "Kind",
    "MissionDetails",
    "MissionDirectoryPage",
    "MissionPage",
    "OpeningHours",
    "Service",
]
