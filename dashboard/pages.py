"""The one registry of the app's pages: navigation, chart export and tests all read it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AppPage:
    name: str  # the page's key: charts.py's builders, export folders (`export charts --page NAME`)
    file: str  # in dashboard/app_pages/
    title: str
    icon: str
    url_path: str  # in the browser; `export charts --page` accepts it too


# The first is the default page, served at "/".
PAGES: tuple[AppPage, ...] = (
    AppPage("overview", "overview.py", "Overview", ":material/home:", "overview"),
    AppPage("readership", "readership.py", "Readership", ":material/visibility:", "readership"),
    AppPage("taza", "taza.py", "Taza Kazakstan", ":material/park:", "taza"),
    AppPage("scholarships", "scholarships.py", "Scholarships", ":material/school:", "scholarships"),
    AppPage("it_exports", "it_exports.py", "IT exports", ":material/computer:", "it-exports"),
    AppPage("explorer", "explorer.py", "Indicator explorer", ":material/search:", "explorer"),
    AppPage("articles", "articles.py", "Articles", ":material/article:", "articles"),
)


def page_named(name: str) -> AppPage:
    """The page with this name or URL path; KeyError listing the names otherwise."""
    for page in PAGES:
        if name in (page.name, page.url_path):
            return page
    raise KeyError(f"no page {name!r}; pages: {', '.join(p.name for p in PAGES)}")
