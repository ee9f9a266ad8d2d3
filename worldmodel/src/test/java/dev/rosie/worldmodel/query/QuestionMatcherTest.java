package dev.rosie.worldmodel.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionMatcherTest {
    private final QuestionMatcher matcher = new QuestionMatcher();

    @ParameterizedTest
    @ValueSource(strings = {
        "when was the kitchen last cleaned?",
        "When was the kitchen cleaned",
        "when did you last clean the kitchen?",
        "Rosie, when did you clean the kitchen last?",
        "when was the last time you cleaned the kitchen",
        "when was the last time the kitchen was cleaned?",
        "has the kitchen been cleaned today?",
        "how long since you last cleaned the kitchen?",
        "when was the kitchen last vacuumed, please?",
        "WHEN WAS THE KITCHEN MOST RECENTLY CLEANED?"})
    void should_recognise_last_cleaned_paraphrases(String text) {
        assertThat(matcher.match(text)).as(text).hasValueSatisfying(q -> {
            assertThat(q).isInstanceOf(Question.LastCleaned.class);
            assertThat(QuestionMatcher.bareName(((Question.LastCleaned) q).room())).isEqualTo("kitchen");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "which rooms haven't been cleaned today?",
        "Which rooms have not been cleaned today",
        "what rooms haven\u2019t been cleaned yet today?",
        "which rooms still need cleaning?",
        "which rooms need to be cleaned today",
        "which rooms didn't you clean today?",
        "what's left to clean today?",
        "which rooms have been cleaned today?"})
    void should_recognise_not_cleaned_today_paraphrases(String text) {
        assertThat(matcher.match(text)).as(text).containsInstanceOf(Question.NotCleanedToday.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"where is the sock?", "where's the sock", "Where can I find the sock?", "have you seen the sock?",
        "where did I leave the sock?", "where did you last see the sock"})
    void should_recognise_where_is_paraphrases(String text) {
        assertThat(matcher.match(text)).as(text).hasValueSatisfying(q ->
                assertThat(QuestionMatcher.bareName(((Question.WhereIs) q).thing())).isEqualTo("sock"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"what did you do yesterday?", "What have you been doing yesterday", "tell me what you did yesterday",
        "what did you get up to yesterday?"})
    void should_recognise_yesterday(String text) {
        assertThat(matcher.match(text)).as(text).contains(new Question.WhatDidYouDo(Question.Day.YESTERDAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"what did you do today?", "what have you done today", "what did you do?", "hey rosie, what have you been up to?"})
    void should_recognise_today(String text) {
        assertThat(matcher.match(text)).as(text).contains(new Question.WhatDidYouDo(Question.Day.TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "clean the kitchen", "why is the sky blue?", "how many socks are there?",
        "when will you clean the kitchen?", "what will you do tomorrow?"})
    void should_not_pretend_to_understand_other_text(String text) {
        assertThat(matcher.match(text)).as(text).isEmpty();
    }
}
