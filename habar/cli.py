"""The `habar` command: Django's manage.py under the project's own name."""

import os
import sys


def operator_language():
    """The operator's language from HABAR_LANGUAGE or the POSIX locale, else English.

    Without this, commands would speak the platform's default language (Turkmen) to
    whoever runs them.
    """
    from django.conf import settings

    wanted = (
        os.environ.get("HABAR_LANGUAGE") or os.environ.get("LC_ALL") or os.environ.get("LANG", "")
    )
    code = wanted.split(".")[0].split("_")[0].lower()
    return code if code in dict(settings.LANGUAGES) else "en"


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "habar.settings.dev")
    import django
    from django.core.management import execute_from_command_line
    from django.utils import translation

    django.setup()
    translation.activate(operator_language())
    execute_from_command_line(command_line(sys.argv))


def command_line(argv):
    """Commands are modules, named with underscores; `habar export-static` is accepted too."""
    if len(argv) > 1 and "-" in argv[1] and not argv[1].startswith("-"):
        from django.core.management import get_commands

        name = argv[1].replace("-", "_")
        if name in get_commands():
            return [argv[0], name, *argv[2:]]
    return argv


if __name__ == "__main__":
    main()
