package nl.veerkracht.model.schema;

/**
 * What a value of a plan file must look like: fields ({@link MapShape}), a list ({@link ListShape}),
 * a map from codes to values ({@link DictionaryShape}) or a single value ({@link ScalarShape}).
 */
public sealed interface Shape permits MapShape, ListShape, DictionaryShape, ScalarShape {
}
