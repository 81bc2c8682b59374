#!/usr/bin/env bash
# Seeds fuzz/corpus/parse_class with ~50 class files of the installed JDK 17:
# small and large, old and new features (records, sealed classes, lambdas,
# switches, annotations, module descriptors). The corpus is not committed.
#
#   fuzz/seed-corpus.sh [JDK_HOME]
#   cargo +nightly fuzz run parse_class -- -max_total_time=600
set -euo pipefail
cd "$(dirname "$0")"

jdk=${1:-${JAVA_HOME:-}}
if [[ -z "$jdk" ]]; then
    jdk=$(ls -d /usr/lib/jvm/java-17-openjdk-* 2>/dev/null | head -n 1 || true)
fi
if [[ -z "$jdk" || ! -f "$jdk/lib/modules" ]]; then
    echo "no JDK 17 found: pass its home as the first argument" >&2
    exit 1
fi

classes=(
    java.base/module-info java.sql/module-info jdk.net/module-info
    java.base/java/lang/Object java.base/java/lang/String java.base/java/lang/Record
    java.base/java/lang/Integer java.base/java/lang/Character java.base/java/lang/Thread
    java.base/java/lang/Enum java.base/java/lang/Math java.base/java/lang/StrictMath
    java.base/java/lang/Runnable java.base/java/lang/Deprecated java.base/java/lang/Override
    java.base/java/lang/FunctionalInterface java.base/java/lang/annotation/Retention
    java.base/java/lang/annotation/ElementType java.base/java/lang/Thread\$State
    java.base/java/lang/invoke/MethodHandles\$Lookup java.base/java/lang/invoke/VarHandle
    java.base/java/lang/invoke/LambdaMetafactory java.base/java/lang/runtime/ObjectMethods
    java.base/java/lang/constant/ConstantDesc java.base/java/lang/constant/ConstantDescs
    java.base/java/util/HashMap java.base/java/util/HashMap\$Node java.base/java/util/ArrayList
    java.base/java/util/Map java.base/java/util/Map\$Entry java.base/java/util/Optional
    java.base/java/util/regex/Pattern java.base/java/util/Locale java.base/java/util/Formatter
    java.base/java/util/stream/Collectors java.base/java/util/concurrent/ConcurrentHashMap
    java.base/java/util/concurrent/TimeUnit java.base/java/math/BigInteger
    java.base/java/math/BigDecimal java.base/java/io/ObjectStreamClass
    java.base/java/time/LocalDate java.base/java/time/Duration java.base/sun/nio/cs/UTF_8
    java.base/jdk/internal/misc/Unsafe java.base/jdk/internal/util/Preconditions
    jdk.net/jdk/net/UnixDomainPrincipal java.desktop/javax/swing/JComponent
    java.sql/java/sql/Timestamp jdk.compiler/com/sun/tools/javac/code/Flags
    java.xml/com/sun/org/apache/xerces/internal/impl/XMLScanner
)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pattern=$(printf '/%s.class,' "${classes[@]}")
"$jdk/bin/jimage" extract --dir "$tmp" --include "${pattern%,}" "$jdk/lib/modules"

out=corpus/parse_class
mkdir -p "$out"
count=0
while IFS= read -r -d '' file; do
    # Name each seed by its module and class so that the corpus stays readable.
    name=${file#"$tmp"/}
    cp "$file" "$out/${name//\//_}"
    count=$((count + 1))
done < <(find "$tmp" -name '*.class' -print0)
echo "seeded $out with $count class files"
