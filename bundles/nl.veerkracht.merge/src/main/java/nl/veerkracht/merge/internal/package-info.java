/**
 * How the merge engine works inside: the recursive merge of one document, lists by key or as sets
 * and their order, the line diff, and the application of resolutions. Not exported.
 */
package nl.veerkracht.merge.internal;
