"""Models of the `ai_sre` area. Generated from spec/; do not edit."""

from .defs.a2_a_agent import A2AAgent as A2AAgent
from .defs.a2_a_agent_created import A2AAgentCreated as A2AAgentCreated
from .defs.a2_a_agent_list import A2AAgentList as A2AAgentList
from .defs.agent_environment_binding import AgentEnvironmentBinding as AgentEnvironmentBinding
from .defs.agent_session import AgentSession as AgentSession
from .defs.agent_session_context import AgentSessionContext as AgentSessionContext
from .defs.agent_session_detail import AgentSessionDetail as AgentSessionDetail
from .defs.agent_session_event import AgentSessionEvent as AgentSessionEvent
from .defs.agent_session_list import AgentSessionList as AgentSessionList
from .defs.agent_session_token_usage import AgentSessionTokenUsage as AgentSessionTokenUsage
from .defs.artifact import Artifact as Artifact
from .defs.artifact_file_state import ArtifactFileState as ArtifactFileState
from .defs.artifact_file_states import ArtifactFileStates as ArtifactFileStates
from .defs.artifact_list import ArtifactList as ArtifactList
from .defs.artifact_published import ArtifactPublished as ArtifactPublished
from .defs.artifact_share_state import ArtifactShareState as ArtifactShareState
from .defs.automation_manual_run import AutomationManualRun as AutomationManualRun
from .defs.automation_preflight import AutomationPreflight as AutomationPreflight
from .defs.automation_rule import AutomationRule as AutomationRule
from .defs.automation_rule_list import AutomationRuleList as AutomationRuleList
from .defs.automation_run import AutomationRun as AutomationRun
from .defs.automation_run_list import AutomationRunList as AutomationRunList
from .defs.automation_run_ref import AutomationRunRef as AutomationRunRef
from .defs.automation_template import AutomationTemplate as AutomationTemplate
from .defs.automation_template_list import AutomationTemplateList as AutomationTemplateList
from .defs.knowledge_file import KnowledgeFile as KnowledgeFile
from .defs.knowledge_file_content import KnowledgeFileContent as KnowledgeFileContent
from .defs.knowledge_file_deleted import KnowledgeFileDeleted as KnowledgeFileDeleted
from .defs.knowledge_file_list import KnowledgeFileList as KnowledgeFileList
from .defs.knowledge_file_written import KnowledgeFileWritten as KnowledgeFileWritten
from .defs.knowledge_overview import KnowledgeOverview as KnowledgeOverview
from .defs.knowledge_pack import KnowledgePack as KnowledgePack
from .defs.knowledge_pack_deleted import KnowledgePackDeleted as KnowledgePackDeleted
from .defs.knowledge_pack_list import KnowledgePackList as KnowledgePackList
from .defs.knowledge_warning import KnowledgeWarning as KnowledgeWarning
from .defs.mcp_server import MCPServer as MCPServer
from .defs.mcp_server_list import MCPServerList as MCPServerList
from .defs.mcp_tool import MCPTool as MCPTool
from .defs.signed_file_urls import SignedFileUrls as SignedFileUrls
from .defs.skill import Skill as Skill
from .defs.skill_list import SkillList as SkillList

__all__ = [
    "A2AAgent",
    "A2AAgentCreated",
    "A2AAgentList",
    "AgentEnvironmentBinding",
    "AgentSession",
    "AgentSessionContext",
    "AgentSessionDetail",
    "AgentSessionEvent",
    "AgentSessionList",
    "AgentSessionTokenUsage",
    "Artifact",
    "ArtifactFileState",
    "ArtifactFileStates",
    "ArtifactList",
    "ArtifactPublished",
    "ArtifactShareState",
    "AutomationManualRun",
    "AutomationPreflight",
    "AutomationRule",
    "AutomationRuleList",
    "AutomationRun",
    "AutomationRunList",
    "AutomationRunRef",
    "AutomationTemplate",
    "AutomationTemplateList",
    "KnowledgeFile",
    "KnowledgeFileContent",
    "KnowledgeFileDeleted",
    "KnowledgeFileList",
    "KnowledgeFileWritten",
    "KnowledgeOverview",
    "KnowledgePack",
    "KnowledgePackDeleted",
    "KnowledgePackList",
    "KnowledgeWarning",
    "MCPServer",
    "MCPServerList",
    "MCPTool",
    "SignedFileUrls",
    "Skill",
    "SkillList",
]
