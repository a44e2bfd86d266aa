/** The United Kingdom jurisdiction pack: England and Wales, Scotland, Northern Ireland. */
module org.redress.uk {
    requires transitive org.redress.core;
    requires static org.immutables.value.annotations;

}
