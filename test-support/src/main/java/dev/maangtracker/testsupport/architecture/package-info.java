/** The module-boundary rules of ARCHITECTURE.md as ArchUnit rules, shared by the suite and its fixture tests. */
package dev.maangtracker.testsupport.architecture;
