/**
 * The tables of the workspace index as JPA entities: one class per kind of plan file, lists of a file
 * in collection tables, and the repositories with the commit they are indexed at. The DDL is
 * {@code schema.sql} beside {@code IndexSchema}.
 */
package nl.veerkracht.index.internal.tables;
