/** A small application that uses Redress as a named module; only what an application would write. */
module org.example.consumer {
    requires org.redress.core;
    requires org.redress.evidence;
    requires org.redress.pdf;
    requires org.redress.interchange;
}
