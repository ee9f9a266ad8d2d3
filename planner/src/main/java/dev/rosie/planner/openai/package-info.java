/**
 * The planner backend for any OpenAI-compatible chat-completions server (Ollama, llama.cpp server,
 * vLLM, LM Studio, OpenAI) through langchain4j: the answer is constrained by the plan JSON schema,
 * the model may call read-only world tools first, invalid answers go back with the parser's error,
 * timeouts and server errors are retried with backoff, and whatever happens the robot gets a
 * planner answer (a refusal naming the problem), never an exception.
 */
package dev.rosie.planner.openai;
