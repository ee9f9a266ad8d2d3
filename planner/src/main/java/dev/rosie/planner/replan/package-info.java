/**
 * Replanning without a language model: after an execution failure, a deterministic planner either
 * works around what it can see in the world (a closed interior door on the way: open it, then
 * carry on from the failed step) or says plainly why it cannot. The new plan goes to the guard like
 * any other, which decides whether this person may have that door opened.
 */
package dev.rosie.planner.replan;
