"""The mission as search engines read it: schema.org Embassy / GovernmentOffice in JSON-LD,
with its opening hours per service and its closures."""

from .choices import Kind, Service

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def hours_specification(slots):
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{DAYS[slot.weekday]}",
            "opens": f"{slot.opens:%H:%M}",
            "closes": f"{slot.closes:%H:%M}",
        }
        for slot in slots
    ]


def closures_specification(closures):
    # Closed all day: opens and closes at midnight, valid that one day (as search engines
    # take special hours).
    return [
        {
            "@type": "OpeningHoursSpecification",
            "name": closure.name,
            "opens": "00:00",
            "closes": "00:00",
            "validFrom": closure.date.isoformat(),
            "validThrough": closure.date.isoformat(),
        }
        for closure in closures
    ]


def mission(request, page, details, slots, closures):
    """`slots`: the mission's OpeningHours; `closures`: its holidays ahead."""
    reception = [slot for slot in slots if slot.service == Service.RECEPTION]
    consular = [slot for slot in slots if slot.service == Service.CONSULAR]
    data = {
        "@context": "https://schema.org",
        "@type": ["Embassy", "GovernmentOffice"]
        if details.kind == Kind.EMBASSY
        else "GovernmentOffice",
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": page.address,
            "addressCountry": details.country,
        },
        "openingHoursSpecification": hours_specification(reception)
        + closures_specification(closures),
    }
    phones = details.phone_list()
    if phones:
        data["telephone"] = phones[0]
    if details.email:
        data["email"] = details.email
    if details.latitude is not None and details.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(details.latitude),
            "longitude": float(details.longitude),
        }
    if page.head_of_mission:
        data["employee"] = {"@type": "Person", "name": page.head_of_mission}
    if page.consular_district:
        data["areaServed"] = page.consular_district
    if details.emergency_phone or consular:
        data["department"] = {
            "@type": "GovernmentOffice",
            "name": str(Service.CONSULAR.label),
            "telephone": details.emergency_phone or (phones[0] if phones else ""),
            "openingHoursSpecification": hours_specification(consular),
        }
    return data
