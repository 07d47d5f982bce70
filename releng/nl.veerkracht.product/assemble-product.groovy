// Assembles the product in target/veerkracht from the features this module depends on:
//   bin/, etc/          from src/main/dist (bin/veerkracht is made executable)
//   etc/product.properties  the version and the feature files, in the pom's order
//   features/           the OSGi R8 feature files
//   system/             every bundle the features name, in Maven repository layout
//   lib/                the launcher and its class path
// The archive target/veerkracht-<version>.tar.gz is packed from it by the assembly plugin. A bundle that a feature names but that
// Maven did not resolve fails the build.
import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def target = new File(project.build.directory, 'veerkracht')
if (target.exists()) target.deleteDir()
['bin', 'etc', 'features', 'system', 'lib'].each { new File(target, it).mkdirs() }

def copy = { File from, File to ->
    to.parentFile.mkdirs()
    Files.copy(from.toPath(), to.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES)
}
def artifacts = project.artifacts
def key = { g, a, v, c -> "${g}:${a}:${v}:${c ?: ''}".toString() }
def byKey = artifacts.findAll { it.type == 'jar' }.collectEntries { [key(it.groupId, it.artifactId, it.baseVersion, it.classifier), it] }

// features and their bundles; the desktop client's are named apart (desktop.features)
def desktopFeatures = (project.properties['desktop.features'] ?: '').split(',')*.trim().findAll { it }
def featureNames = []
def desktopFeatureNames = []
def features = project.dependencies.findAll { it.classifier == 'osgifeature' }
features.each { dep ->
    def artifact = artifacts.find { it.artifactId == dep.artifactId && it.classifier == 'osgifeature' }
    if (artifact == null || artifact.file == null) throw new IllegalStateException("feature ${dep.artifactId} was not resolved")
    def name = "${dep.artifactId}.json"
    copy(artifact.file, new File(target, "features/${name}"))
    (dep.artifactId in desktopFeatures ? desktopFeatureNames : featureNames) << name
    new JsonSlurper().parse(artifact.file, 'UTF-8').bundles.each { bundle ->
        def parts = bundle.id.split(':')
        def (g, a, v) = [parts[0], parts[1], parts[-1]]
        def classifier = parts.size() == 5 ? parts[3] : null
        def jar = byKey[key(g, a, v, classifier)]
        if (jar == null || jar.file == null) {
            throw new IllegalStateException("feature ${dep.artifactId} names ${bundle.id}, which Maven did not resolve")
        }
        def fileName = "${a}-${v}${classifier ? '-' + classifier : ''}.jar"
        copy(jar.file, new File(target, "system/${g.replace('.', '/')}/${a}/${v}/${fileName}"))
    }
}

// the launcher, with the class path its manifest names
def launcher = artifacts.find { it.artifactId == 'nl.veerkracht.launcher' }
copy(launcher.file, new File(target, 'lib/nl.veerkracht.launcher.jar'))
def classPath = new java.util.jar.JarFile(launcher.file).withCloseable { it.manifest.mainAttributes.getValue('Class-Path') }
def byFileName = artifacts.findAll { it.type == 'jar' }.collectEntries {
    ["${it.artifactId}-${it.version}${it.classifier ? '-' + it.classifier : ''}.jar".toString(), it]
}
classPath.split(' ').findAll { it }.each { name ->
    def a = byFileName[name]
    if (a == null) throw new IllegalStateException("the launcher's class path names ${name}, which Maven did not resolve")
    copy(a.file, new File(target, "lib/${name}"))
}

// bin/ and etc/
new File(project.basedir, 'src/main/dist').eachFileRecurse { file ->
    if (file.isFile()) {
        def to = new File(target, file.path.substring(new File(project.basedir, 'src/main/dist').path.length() + 1))
        copy(file, to)
    }
}
new File(target, 'bin/veerkracht').setExecutable(true, false)
new File(target, 'etc/product.properties').setText(
        "# written by the build: the product's version and its features, in install order;\n" +
        "# desktop.features are installed after them for `veerkracht desktop` only\n" +
        "version=${project.version}\n" +
        "features=${featureNames.join(',')}\n" +
        "desktop.features=${desktopFeatureNames.join(',')}\n", 'UTF-8')

log.info("Veerkracht ${project.version}: ${featureNames.size()} features -> ${target}")
