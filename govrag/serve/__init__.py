"""Serving govrag: the OpenAI-compatible guarded gateway and the MCP server."""
