/**
 * Small text measures shared by modules that may not depend on each other (speech scoring in
 * perception, typo hints in safety): JDK only, like the rest of core.
 */
package dev.rosie.core.text;
