"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import status_page_component, status_page_section, status_page_subscription


class StatusPage(FlashdutyModel):
    """A status page with its layout, branding and subscription options."""

    page_id: int = 0
    name: str = ""
    url_name: str = ""
    type: Annotated[Literal["public", "internal"] | EnumValue, OPEN_ENUM] = EnumValue("")
    custom_domain: str = ""
    logo: str = ""
    dark_logo: str = ""
    logo_url: str = ""
    favicon: str = ""
    page_header: str = ""
    page_footer: str = ""
    date_view: Annotated[Literal["calendar", "list"] | EnumValue, OPEN_ENUM] = EnumValue("")
    display_uptime_mode: Annotated[
        Literal["chart_and_percentage", "chart", "none"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    custom_links: Annotated[list[dict[str, str]], NULL_AS_EMPTY] = Field(default_factory=new_list)
    contact_info: str = ""
    components: Annotated[list[status_page_component.StatusPageComponent], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    sections: Annotated[list[status_page_section.StatusPageSection], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    subscription: status_page_subscription.StatusPageSubscription | None = None
    template_preference: str = ""
    managed_domain_feature_enabled: bool = False
