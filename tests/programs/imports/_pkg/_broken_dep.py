# A submodule that imports a module which does not exist.
import no_such_dependency_xyz
