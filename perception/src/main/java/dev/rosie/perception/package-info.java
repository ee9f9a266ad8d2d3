/**
 * Perception: how the outside world reaches Rosie. The {@code intake} package turns text from any
 * channel into a {@link dev.rosie.core.command.Command} or, for untrusted channels, into
 * {@link dev.rosie.core.command.UntrustedText}; speech and vision arrive in their own packages.
 */
package dev.rosie.perception;
