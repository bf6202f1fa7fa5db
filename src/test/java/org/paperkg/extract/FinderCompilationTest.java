package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class FinderCompilationTest {
    @Test
    void theJvmTakesTheDirectiveThatKeepsTheFindersOffC2() throws Exception {
        // compiler directives are HotSpot's; another JVM compiles as usual and the ingest does not depend on it
        ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
        assumeTrue(ManagementFactory.getPlatformMBeanServer().isRegistered(commands)
                && java.util.Arrays.stream(ManagementFactory.getPlatformMBeanServer().getMBeanInfo(commands).getOperations())
                        .anyMatch(o -> o.getName().equals("compilerDirectivesAdd")), "needs HotSpot's compiler directives");
        assertThat(FinderCompilation.keepFindersOffC2()).isTrue();
        assertThat(FinderCompilation.keepFindersOffC2()).isTrue();

        Object printed = ManagementFactory.getPlatformMBeanServer().invoke(commands, "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        String directives = String.valueOf(printed);
        assertThat(directives).contains("org/paperkg/extract/*.*").contains("org/paperkg/corpus/TitleKey.*");
        String c2 = directives.substring(directives.indexOf("org/paperkg/extract/*.*"));
        c2 = c2.substring(c2.indexOf("c2 directives:"));
        assertThat(c2.substring(0, c2.indexOf('\n', c2.indexOf("Enable:")))).contains("Exclude:true");
        // added once: a second call does not stack a second copy
        assertThat(directives.split("org/paperkg/extract/\\*\\.\\*", -1)).hasSize(2);
    }
}
