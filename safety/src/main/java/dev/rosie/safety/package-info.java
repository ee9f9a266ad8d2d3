/**
 * The safety guard: the policy, input screening and the plan check. {@link dev.rosie.safety.SafetyGuard}
 * is deterministic code that assumes the planner may be fully compromised; it is the only place an
 * {@link dev.rosie.safety.ApprovedPlan} can be made, so nothing reaches a driver without passing it.
 */
package dev.rosie.safety;
