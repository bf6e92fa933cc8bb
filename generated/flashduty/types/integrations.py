"""Models of the `integrations` area. Generated from spec/; do not edit."""

from .defs.im_integration import ImIntegration as ImIntegration
from .defs.im_integration_list import ImIntegrationList as ImIntegrationList
from .defs.im_person_link_result import ImPersonLinkResult as ImPersonLinkResult
from .defs.integration_created import IntegrationCreated as IntegrationCreated
from .defs.integration_detail import IntegrationDetail as IntegrationDetail
from .defs.integration_key import IntegrationKey as IntegrationKey
from .defs.integration_page import IntegrationPage as IntegrationPage
from .defs.integration_summary import IntegrationSummary as IntegrationSummary
from .defs.integration_type import IntegrationType as IntegrationType
from .defs.integration_type_page import IntegrationTypePage as IntegrationTypePage

__all__ = [
    "ImIntegration",
    "ImIntegrationList",
    "ImPersonLinkResult",
    "IntegrationCreated",
    "IntegrationDetail",
    "IntegrationKey",
    "IntegrationPage",
    "IntegrationSummary",
    "IntegrationType",
    "IntegrationTypePage",
]
