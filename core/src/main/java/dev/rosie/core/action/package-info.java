/**
 * The robot's action primitives and the plans made of them. {@link dev.rosie.core.action.Action} is
 * sealed, so the planner's vocabulary, the guard's checks and the executor's switch are all
 * exhaustive over the same set: adding a primitive breaks the build wherever it is not handled.
 */
package dev.rosie.core.action;
