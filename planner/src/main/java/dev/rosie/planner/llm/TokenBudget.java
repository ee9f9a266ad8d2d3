package dev.rosie.planner.llm;

/**
 * A limit on prompt size in estimated tokens. The estimate is characters / 4, rounded up: close
 * enough for English text with the tokenizers of the models people run, and it needs no tokenizer.
 */
public record TokenBudget(int maxTokens) {
    public static final TokenBudget DEFAULT = new TokenBudget(3000);

    public TokenBudget {
        if (maxTokens < 200) {
            throw new IllegalArgumentException("a prompt token budget below 200 cannot hold the rules; got " + maxTokens);
        }
    }

    public static int estimate(String text) {
        return (text.length() + 3) / 4;
    }

    public boolean fits(int tokens) {
        return tokens <= maxTokens;
    }
}
