/**
 * Questions people ask the robot about its home and its past, answered from the world model's
 * log rather than guessed: when a room was last cleaned, which rooms have not been cleaned today,
 * where a thing or someone is, what the robot did on a given day.
 * {@link dev.rosie.worldmodel.query.WorldQueries} is the structured layer (typed
 * {@link dev.rosie.worldmodel.query.Question}s in, typed {@link dev.rosie.worldmodel.query.Answer}s
 * out, every time stated in an injected local zone); {@link dev.rosie.worldmodel.query.QuestionMatcher}
 * is a deliberately small pattern matcher for typed questions, which the planner's natural
 * language understanding is meant to replace.
 */
package dev.rosie.worldmodel.query;
