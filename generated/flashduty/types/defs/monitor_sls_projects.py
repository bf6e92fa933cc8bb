"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from pydantic import RootModel

from . import monitor_sls_project_page


class MonitorSlsProjects(RootModel[monitor_sls_project_page.MonitorSlsProjectPage | list[str]]):
    root: monitor_sls_project_page.MonitorSlsProjectPage | list[str]
    """
    Projects of an SLS data source: a page object from the current API, or the plain list of project names older servers sent.
    """
