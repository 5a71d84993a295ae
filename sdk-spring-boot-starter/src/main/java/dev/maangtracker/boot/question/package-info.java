/** The question bank and catalog beans: the shipped bank plus the files named by {@code maang.questions.*}. */
package dev.maangtracker.boot.question;
