/** Small text primitives shared by the modules that analyse, embed and search text. */
package dev.maangtracker.core.text;
