import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.ReferenceTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTreePath;
import com.sun.source.util.DocTreePathScanner;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One-off migration tool (issue 16): renames JavaBean accessors of Redress value types to bare names, type-aware.
 *
 * <p>Run from the repository root after {@code mvn test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}:
 * <pre>
 *   java tools/accessor-rename/RenameAccessors.java inventory targets.txt MODULE...
 *   java tools/accessor-rename/RenameAccessors.java rewrite targets.txt MODULE...
 * </pre>
 * {@code inventory} lists every attribute accessor ({@code getX()}/{@code isX()}) of every Immutables value type
 * (abstract, {@code @Value.Default}, {@code @Value.Derived}, {@code @Value.Lazy}, and concrete {@code getX()}
 * properties; concrete {@code isX()}/{@code hasX()} predicates keep their names) as {@code Type#method newName}.
 * {@code rewrite} analyzes each module's main and test sources with javac (attribution against the compiled classes,
 * annotation processing off) and renames every declaration, invocation, method reference and Javadoc reference
 * whose method is, or overrides, a listed accessor (so calls through generated {@code ImmutableX} classes are
 * caught). It is never run by the build.
 */
public final class RenameAccessors {

    private static final Pattern GETTER = Pattern.compile("(get|is)([A-Z]\\w*)");
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "yield");

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path targetsFile = Path.of(args[1]);
        List<String> modules = List.of(args).subList(2, args.length);
        if (mode.equals("inventory")) {
            Map<String, String> targets = new TreeMap<>();
            Set<String> notes = new TreeSet<>();
            for (String module : modules) {
                for (String set : List.of("main", "test")) {
                    Analysis a = analyze(Path.of(module), set);
                    if (a != null) {
                        a.inventory(targets, notes);
                    }
                }
            }
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(targetsFile, StandardCharsets.UTF_8))) {
                targets.forEach((k, v) -> out.println(k + " " + v));
            }
            notes.forEach(n -> System.out.println("NOTE " + n));
            System.out.println(targets.size() + " accessors");
        } else {
            Map<String, String> targets = new HashMap<>();
            for (String line : Files.readAllLines(targetsFile)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] p = line.trim().split("\\s+");
                    targets.put(p[0], p[1]);
                }
            }
            int files = 0;
            int edits = 0;
            for (String module : modules) {
                for (String set : List.of("main", "test")) {
                    Analysis a = analyze(Path.of(module), set);
                    if (a != null) {
                        int[] r = a.rewrite(targets);
                        files += r[0];
                        edits += r[1];
                    }
                }
            }
            System.out.println("rewrote " + edits + " names in " + files + " files");
        }
    }

    static Analysis analyze(Path module, String set) throws IOException {
        Path src = module.resolve("src").resolve(set).resolve("java");
        if (!Files.isDirectory(src)) {
            return null;
        }
        List<Path> sources;
        try (Stream<Path> s = Files.walk(src)) {
            sources = s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java"))
                    .collect(Collectors.toList());
        }
        if (sources.isEmpty()) {
            return null;
        }
        List<String> cp = new ArrayList<>();
        cp.add(module.resolve("target/classes").toString());
        if (set.equals("test")) {
            cp.add(module.resolve("target/test-classes").toString());
        }
        Path cpFile = module.resolve("target/cp.txt");
        if (Files.exists(cpFile)) {
            cp.add(Files.readString(cpFile).trim());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(sources);
        List<String> options = List.of("-proc:none", "-classpath", String.join(java.io.File.pathSeparator, cp),
                "-implicit:none", "-Xlint:none", "-nowarn", "--release", "17");
        JavacTask task = (JavacTask) javac.getTask(null, fm, d -> {
            if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
                System.err.println("javac: " + d);
            }
        }, options, null, units);
        List<CompilationUnitTree> cus = new ArrayList<>();
        task.parse().forEach(cus::add);
        task.analyze();
        System.err.println("analyzed " + src + " (" + cus.size() + " files)");
        return new Analysis(task, cus);
    }

    static final class Analysis {
        final JavacTask task;
        final List<CompilationUnitTree> cus;
        final DocTrees trees;
        final Types types;

        Analysis(JavacTask task, List<CompilationUnitTree> cus) {
            this.task = task;
            this.cus = cus;
            this.trees = DocTrees.instance(task);
            this.types = task.getTypes();
        }

        static String key(ExecutableElement m) {
            return ((TypeElement) m.getEnclosingElement()).getQualifiedName() + "#" + m.getSimpleName();
        }

        static boolean hasAnnotation(Element e, String name) {
            return e.getAnnotationMirrors().stream()
                    .anyMatch(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
                            .toString().equals(name));
        }

        static boolean isValueType(TypeElement t) {
            return hasAnnotation(t, "org.immutables.value.Value.Immutable")
                    || hasAnnotation(t, "org.immutables.value.Value.Modifiable");
        }

        static boolean fromSource(Element e) {
            String n = e.toString();
            return !(n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jakarta.")
                    || n.startsWith("com.fasterxml.") || n.startsWith("org.immutables."));
        }

        void inventory(Map<String, String> targets, Set<String> notes) {
            for (CompilationUnitTree cu : cus) {
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitClass(ClassTree node, Void p) {
                        TypeElement type = (TypeElement) trees.getElement(getCurrentPath());
                        if (type != null && isValueType(type)) {
                            for (Element member : task.getElements().getAllMembers(type)) {
                                if (member.getKind() != ElementKind.METHOD) {
                                    continue;
                                }
                                ExecutableElement m = (ExecutableElement) member;
                                Matcher g = GETTER.matcher(m.getSimpleName());
                                TypeElement owner = (TypeElement) m.getEnclosingElement();
                                if (!g.matches() || !m.getParameters().isEmpty()
                                        || m.getModifiers().contains(Modifier.STATIC)
                                        || m.getReturnType().getKind() == TypeKind.VOID || !fromSource(owner)
                                        || m.getModifiers().contains(Modifier.PRIVATE)) {
                                    continue;
                                }
                                boolean attribute = m.getModifiers().contains(Modifier.ABSTRACT)
                                        || hasAnnotation(m, "org.immutables.value.Value.Default")
                                        || hasAnnotation(m, "org.immutables.value.Value.Derived")
                                        || hasAnnotation(m, "org.immutables.value.Value.Lazy");
                                if (!attribute && g.group(1).equals("is")) {
                                    notes.add("predicate kept: " + key(m));
                                    continue;
                                }
                                String bare = Character.toLowerCase(g.group(2).charAt(0)) + g.group(2).substring(1);
                                if (g.group(2).length() > 1 && Character.isUpperCase(g.group(2).charAt(1))) {
                                    notes.add("acronym: " + key(m));
                                }
                                if (KEYWORDS.contains(bare)) {
                                    notes.add("KEYWORD: " + key(m) + " -> " + bare);
                                    continue;
                                }
                                for (Element other : task.getElements().getAllMembers(type)) {
                                    if (other.getKind() == ElementKind.METHOD
                                            && other.getSimpleName().contentEquals(bare)
                                            && ((ExecutableElement) other).getParameters().isEmpty()) {
                                        notes.add("COLLISION: " + key(m) + " -> " + bare + " exists in "
                                                + other.getEnclosingElement());
                                    }
                                }
                                if (!attribute) {
                                    notes.add("concrete property: " + key(m));
                                }
                                targets.put(key(m), bare);
                            }
                        }
                        return super.visitClass(node, p);
                    }
                }.scan(cu, null);
            }
        }

        /** The new name of {@code e} if it is or overrides a target, else null. */
        String newName(Element e, Map<String, String> targets) {
            if (!(e instanceof ExecutableElement) || e.getKind() != ElementKind.METHOD) {
                return null;
            }
            ExecutableElement m = (ExecutableElement) e;
            if (!m.getParameters().isEmpty()) {
                return null;
            }
            Set<TypeElement> seen = new LinkedHashSet<>();
            collect((TypeElement) m.getEnclosingElement(), seen);
            for (TypeElement t : seen) {
                String n = targets.get(t.getQualifiedName() + "#" + m.getSimpleName());
                if (n != null) {
                    return n;
                }
            }
            return null;
        }

        void collect(TypeElement t, Set<TypeElement> out) {
            if (t == null || !out.add(t)) {
                return;
            }
            List<TypeMirror> sup = new ArrayList<>(List.of(t.getSuperclass()));
            sup.addAll(t.getInterfaces());
            for (TypeMirror s : sup) {
                if (s.getKind() == TypeKind.DECLARED) {
                    collect((TypeElement) ((DeclaredType) s).asElement(), out);
                }
            }
        }

        int[] rewrite(Map<String, String> targets) throws IOException {
            int files = 0;
            int total = 0;
            SourcePositions pos = trees.getSourcePositions();
            for (CompilationUnitTree cu : cus) {
                String text = cu.getSourceFile().getCharContent(true).toString();
                TreeMap<Integer, String[]> edits = new TreeMap<>();
                new TreePathScanner<Void, Void>() {
                    void at(long start, String oldName, String newName) {
                        if (start < 0 || !text.startsWith(oldName, (int) start)) {
                            throw new IllegalStateException(cu.getSourceFile().getName() + " @" + start + ": expected "
                                    + oldName);
                        }
                        edits.put((int) start, new String[] {oldName, newName});
                    }

                    @Override
                    public Void visitMethod(MethodTree node, Void p) {
                        Element e = trees.getElement(getCurrentPath());
                        String n = newName(e, targets);
                        if (n != null) {
                            long from = pos.getEndPosition(cu, node.getModifiers());
                            if (from < 0) {
                                from = pos.getStartPosition(cu, node);
                            }
                            Matcher m = Pattern.compile("\\b" + node.getName() + "\\s*\\(").matcher(text);
                            if (!m.find((int) from)) {
                                throw new IllegalStateException("no name for " + e);
                            }
                            at(m.start(), node.getName().toString(), n);
                        }
                        docs(getCurrentPath());
                        return super.visitMethod(node, p);
                    }

                    @Override
                    public Void visitClass(ClassTree node, Void p) {
                        docs(getCurrentPath());
                        return super.visitClass(node, p);
                    }

                    @Override
                    public Void visitVariable(VariableTree node, Void p) {
                        docs(getCurrentPath());
                        return super.visitVariable(node, p);
                    }

                    void docs(TreePath path) {
                        DocCommentTree dc = trees.getDocCommentTree(path);
                        if (dc == null) {
                            return;
                        }
                        new DocTreePathScanner<Void, Void>() {
                            @Override
                            public Void visitReference(ReferenceTree ref, Void q) {
                                Element e = trees.getElement(getCurrentPath());
                                String n = newName(e, targets);
                                if (n != null) {
                                    long start = pos instanceof com.sun.source.util.DocSourcePositions
                                            ? ((com.sun.source.util.DocSourcePositions) pos)
                                                    .getStartPosition(cu, dc, ref) : -1;
                                    String sig = ref.getSignature();
                                    int hash = sig.indexOf('#');
                                    at(start + hash + 1, e.getSimpleName().toString(), n);
                                }
                                return super.visitReference(ref, q);
                            }
                        }.scan(new DocTreePath(path, dc), null);
                    }

                    @Override
                    public Void visitMemberSelect(MemberSelectTree node, Void p) {
                        String n = newName(trees.getElement(getCurrentPath()), targets);
                        if (n != null) {
                            long end = pos.getEndPosition(cu, node);
                            at(end - node.getIdentifier().length(), node.getIdentifier().toString(), n);
                        }
                        return super.visitMemberSelect(node, p);
                    }

                    @Override
                    public Void visitIdentifier(IdentifierTree node, Void p) {
                        String n = newName(trees.getElement(getCurrentPath()), targets);
                        if (n != null) {
                            at(pos.getStartPosition(cu, node), node.getName().toString(), n);
                        }
                        return super.visitIdentifier(node, p);
                    }

                    @Override
                    public Void visitMemberReference(MemberReferenceTree node, Void p) {
                        String n = newName(trees.getElement(getCurrentPath()), targets);
                        if (n != null) {
                            long end = pos.getEndPosition(cu, node);
                            at(end - node.getName().length(), node.getName().toString(), n);
                        }
                        return super.visitMemberReference(node, p);
                    }
                }.scan(cu, null);
                if (!edits.isEmpty()) {
                    StringBuilder sb = new StringBuilder(text);
                    for (Map.Entry<Integer, String[]> ed : edits.descendingMap().entrySet()) {
                        sb.replace(ed.getKey(), ed.getKey() + ed.getValue()[0].length(), ed.getValue()[1]);
                    }
                    Files.writeString(Path.of(cu.getSourceFile().toUri()), sb.toString(), StandardCharsets.UTF_8);
                    files++;
                    total += edits.size();
                }
            }
            return new int[] {files, total};
        }
    }
}
