/**
 * Test doubles for what lies outside the machine: {@link dev.rosie.planner.openai.testing.ScriptedChatServer}
 * is a real HTTP server on loopback that speaks the OpenAI chat-completions protocol from a script,
 * records every request, and can answer with text, tool calls, errors or silence. Shipped in the
 * planner's test-jar for the launch module's end-to-end tests.
 */
package dev.rosie.planner.openai.testing;
