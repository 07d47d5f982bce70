// Writes the OSGi R8 feature (Feature Service specification, chapter 159 of the OSGi Compendium 8.1)
// of the feature module being built: its bundles are the module's direct dependencies, in the order
// the pom lists them, with the versions the target platform manages. The file is attached to the
// build as type json, classifier osgifeature, so the product and the tests resolve it like any artifact.
import groovy.json.JsonOutput
import org.apache.maven.artifact.DefaultArtifact
import org.apache.maven.artifact.handler.DefaultArtifactHandler

def id = { d ->
    def parts = [d.groupId, d.artifactId]
    if (d.classifier) parts += [d.type ?: 'jar', d.classifier]
    else if (d.type && d.type != 'jar') parts += [d.type]
    (parts + [d.version]).join(':')
}

def bundles = project.dependencies.findAll { !(it.scope in ['test', 'provided', 'system', 'import']) }
if (bundles.isEmpty()) {
    throw new IllegalStateException("feature ${project.artifactId} lists no bundles: a feature is its pom's dependencies")
}
def feature = [
    'feature-resource-version': '1.0',
    'id'         : "${project.groupId}:${project.artifactId}:osgifeature:${project.version}".toString(),
    'name'       : project.name,
    'description': project.description,
    'vendor'     : 'Veerkracht',
    'complete'   : false,
    'bundles'    : bundles.collect { ['id': id(it)] },
]
def out = new File(project.build.directory, 'feature.json')
out.parentFile.mkdirs()
out.setText(JsonOutput.prettyPrint(JsonOutput.toJson(feature)) + '\n', 'UTF-8')

def handler = new DefaultArtifactHandler('json')
def artifact = new DefaultArtifact(project.groupId, project.artifactId, project.version, null, 'json', 'osgifeature', handler)
artifact.file = out
project.addAttachedArtifact(artifact)
log.info("OSGi feature ${feature.id}: ${bundles.size()} bundles -> ${out}")
