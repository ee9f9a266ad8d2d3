package dev.rosie.planner.openai;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.planner.llm.ParseOutcome;
import dev.rosie.planner.llm.PlanParser;
import dev.rosie.planner.llm.PlanSchema;
import dev.rosie.planner.llm.Prompt;
import dev.rosie.planner.llm.PromptBuilder;
import dev.rosie.planner.llm.WorldVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans with any OpenAI-compatible chat model. Each command is one short conversation: the system
 * and user prompts, optional rounds of read-only world tool calls, then an answer constrained by
 * the plan schema (narrowed to the home's names), which {@link PlanParser} checks; an invalid
 * answer goes back with the error, at most {@code repairs} times. Every failure ends as a
 * {@link Refusal} (rules {@link #UNAVAILABLE_RULE}, {@link #INVALID_OUTPUT_RULE}): the robot says
 * it and does nothing, and no exception reaches the control loop.
 */
public final class OpenAiPlanner implements Planner {
    public static final String UNAVAILABLE_RULE = "planner-unavailable";
    public static final String INVALID_OUTPUT_RULE = "planner-invalid-output";
    /** What the model is told when its answer did not parse; the error follows. */
    static final String REPAIR_PREFIX = "Your answer is not valid: ";

    private final OpenAiSettings settings;
    private final RetryingChat chat;
    private final PromptBuilder prompts;
    private final PlanParser parser = new PlanParser();
    /**
     * Set once a server rejects {@code response_format: json_schema} (older Ollama, some proxies):
     * from then on it is asked for plain JSON mode, and the parser alone holds answers to the schema.
     */
    private volatile boolean schemaRejected;

    OpenAiPlanner(OpenAiSettings settings, ChatModel model, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.chat = new RetryingChat(model, settings.baseUrl(), settings.attempts(), settings.backoff(), sleeper);
        this.prompts = new PromptBuilder(dev.rosie.planner.llm.ActionCatalog.actions(), settings.budget(),
                settings.toolRounds() > 0);
    }

    /**
     * A planner talking to {@code settings.baseUrl()}, with the API key read from the environment
     * variable {@code settings.apiKeyEnv()} in {@code env} (none needed for local servers).
     */
    public static OpenAiPlanner create(OpenAiSettings settings, Map<String, String> env, Sleeper sleeper) {
        String key = env.get(settings.apiKeyEnv());
        ChatModel model = OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl().toString())
                .modelName(settings.model())
                // Local servers take any key; a placeholder keeps the header well-formed.
                .apiKey(key == null || key.isBlank() ? "no-key" : key)
                .timeout(settings.timeout())
                .maxRetries(0)
                .temperature(0.0)
                .strictJsonSchema(false)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .logRequests(false)
                .logResponses(false)
                .build();
        return new OpenAiPlanner(settings, model, sleeper);
    }

    @Override
    public String name() {
        return "openai:" + settings.model();
    }

    public OpenAiSettings settings() {
        return settings;
    }

    @Override
    public PlannerResult plan(Command command, WorldSnapshot world) {
        return converse(command, world, prompts.build(command, world));
    }

    @Override
    public PlannerResult replan(Command command, WorldSnapshot world, Plan failedPlan, ExecutionEvent failure) {
        return converse(command, world, prompts.buildReplan(command, world, failedPlan, failure));
    }

    private PlannerResult converse(Command command, WorldSnapshot world, Prompt prompt) {
        try {
            return conversation(command, world, prompt);
        } catch (RetryingChat.Unavailable e) {
            return new Refusal(command.id(), "I can't plan that right now: " + e.getMessage() + ".", UNAVAILABLE_RULE);
        } catch (RuntimeException e) {
            // Whatever langchain4j or the server does, the robot gets an answer it can speak.
            return new Refusal(command.id(), "I can't plan that right now: the LLM planner failed ("
                    + RetryingChat.describe(e) + ").", UNAVAILABLE_RULE);
        }
    }

    private AiMessage send(List<ChatMessage> messages, boolean tools, ResponseFormat schema) throws RetryingChat.Unavailable {
        try {
            return chat.send(request(messages, tools, schemaRejected ? ResponseFormat.JSON : schema)).aiMessage();
        } catch (RetryingChat.Unavailable e) {
            if (schemaRejected || !e.rejectedSchema()) {
                throw e;
            }
            schemaRejected = true;
            return chat.send(request(messages, tools, ResponseFormat.JSON)).aiMessage();
        }
    }

    private static ChatRequest request(List<ChatMessage> messages, boolean tools, ResponseFormat format) {
        ChatRequest.Builder request = ChatRequest.builder().messages(List.copyOf(messages)).responseFormat(format);
        if (tools) {
            request.toolSpecifications(WorldTools.specifications());
        }
        return request.build();
    }

    private PlannerResult conversation(Command command, WorldSnapshot world, Prompt prompt) throws RetryingChat.Unavailable {
        WorldVocabulary vocabulary = WorldVocabulary.of(world);
        ResponseFormat schema = ResponseFormat.builder().type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name(PlanSchema.NAME)
                        .rootElement(JsonRawSchema.from(PlanSchema.narrowed(vocabulary).json())).build())
                .build();
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(prompt.system()));
        messages.add(UserMessage.from(prompt.user()));
        int toolRounds = 0;
        int repairs = 0;
        while (true) {
            boolean toolsOffered = toolRounds < settings.toolRounds();
            AiMessage answer = send(messages, toolsOffered, schema);
            messages.add(answer);
            String problem;
            if (answer.hasToolExecutionRequests()) {
                if (toolsOffered) {
                    toolRounds++;
                    for (ToolExecutionRequest call : answer.toolExecutionRequests()) {
                        messages.add(ToolExecutionResultMessage.from(call, WorldTools.answer(call, world)));
                    }
                    continue;
                }
                problem = "$: no more tool calls; answer now with one JSON object";
            } else {
                ParseOutcome outcome = parser.parse(answer.text(), command.id(), vocabulary);
                if (outcome instanceof ParseOutcome.Parsed parsed) {
                    return parsed.result();
                }
                problem = ((ParseOutcome.Invalid) outcome).error().message();
            }
            if (repairs >= settings.repairs()) {
                return new Refusal(command.id(), "I can't plan that: the language model's answer was still invalid after "
                        + (repairs + 1) + (repairs == 0 ? " try" : " tries") + " (" + problem + ").", INVALID_OUTPUT_RULE);
            }
            repairs++;
            messages.add(UserMessage.from(REPAIR_PREFIX + problem
                    + ". Answer again with exactly one JSON object that follows the schema and the rules."));
        }
    }
}
